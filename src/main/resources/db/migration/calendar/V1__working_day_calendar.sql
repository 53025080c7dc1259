-- The working-day calendar (工作日历): which days the State Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排
-- 的通知) makes rest days (放假) and which weekend days it makes working days (调休上班), as the district keeps them.
-- Every other day is ordinary: Monday to Friday work, Saturday and Sunday rest.
--
-- A year is "published" when it has a row in calendar_year: its notice has been entered (shipped by a migration, or
-- added by the district). For a year without one the calendar falls back to plain weekends and says so.

CREATE TABLE calendar_year (
    year         INTEGER     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    -- The notice's number (国办发明电〔2025〕7号) and where it was read; empty when the district added the year without one.
    notice       TEXT        NOT NULL DEFAULT '' CHECK (length(notice) <= 60),
    source_url   TEXT        NOT NULL DEFAULT '' CHECK (length(source_url) <= 500),
    -- NOTICE: shipped with Luoshi from the published notice; DISTRICT: added on the calendar page or through the API.
    origin       TEXT        NOT NULL CHECK (origin IN ('NOTICE', 'DISTRICT')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   BIGINT
);

CREATE TABLE calendar_day (
    day          DATE        PRIMARY KEY,
    year         INTEGER     NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    -- HOLIDAY: a rest day the notice names (法定节假日 and the days moved next to it); MAKEUP_WORKDAY: a Saturday or
    -- Sunday worked instead (调休上班).
    kind         TEXT        NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
    -- The festival the day belongs to, as the notice names it: 国庆节, 春节, 国庆节、中秋节 …
    name         TEXT        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 20),
    origin       TEXT        NOT NULL CHECK (origin IN ('NOTICE', 'DISTRICT')),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by   BIGINT,
    CHECK (year = extract(YEAR FROM day)),
    -- A make-up working day replaces a weekend day; on a weekday it would change nothing.
    CHECK (kind <> 'MAKEUP_WORKDAY' OR extract(ISODOW FROM day) IN (6, 7))
);
CREATE INDEX calendar_day_year ON calendar_day (year);

-- Every instance keeps the calendar in memory and asks this counter, one row, before it uses it: any write to the
-- calendar moves it, whoever writes (the application, a migration shipping next year's notice, a script), so an edit
-- on one instance is seen by every other at its next question. The value comes from a sequence and is never used
-- twice, so a snapshot read inside a transaction that later rolled back can never be mistaken for a committed one.
CREATE SEQUENCE calendar_change_version;
CREATE TABLE calendar_change (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT  NOT NULL
);
INSERT INTO calendar_change (version) VALUES (nextval('calendar_change_version'));

CREATE FUNCTION note_calendar_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar_change SET version = nextval('calendar_change_version');
    RETURN NULL;
END
$$;

CREATE TRIGGER calendar_year_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_year
    FOR EACH STATEMENT EXECUTE FUNCTION note_calendar_change();
CREATE TRIGGER calendar_day_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
    FOR EACH STATEMENT EXECUTE FUNCTION note_calendar_change();
