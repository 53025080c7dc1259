-- Economic indicators (经济指标): definitions, values for the district and each town by month, targets by year, and the
-- district's rule for the lights.

CREATE TABLE economic_indicator (
    id                bigserial PRIMARY KEY,
    code              text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name              text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
    name_en           text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
    unit              text NOT NULL CHECK (length(unit) BETWEEN 1 AND 10),
    frequency         text NOT NULL CHECK (frequency IN ('MONTHLY_CUMULATIVE', 'QUARTERLY_CUMULATIVE', 'YEARLY')),
    comparable_prices boolean NOT NULL DEFAULT false,
    position          integer NOT NULL,
    active            boolean NOT NULL DEFAULT true,
    version           integer NOT NULL DEFAULT 0
);

-- A value of an indicator for a place (the district's division code or a town's) and a month: cumulative from January
-- for cumulative indicators. A revision keeps the value it replaces: the old row points to the new one, so exactly one
-- row per place and month is current.
CREATE TABLE indicator_value (
    id            bigserial PRIMARY KEY,
    indicator_id  bigint NOT NULL REFERENCES economic_indicator (id),
    place_code    text NOT NULL CHECK (place_code ~ '^[0-9]{6}([0-9]{3})?$'),
    year          integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    month         integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    value         numeric(18, 4),
    growth_pct    numeric(9, 3),
    source        text CHECK (length(source) <= 500),
    demo          boolean NOT NULL DEFAULT false,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    recorded_by   text NOT NULL,
    -- Deferred: a revision points the old row at the new one's id before the new row is written (the current row is unique).
    superseded_by bigint REFERENCES indicator_value (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK (value IS NOT NULL OR growth_pct IS NOT NULL)
);
CREATE UNIQUE INDEX indicator_value_current ON indicator_value (indicator_id, place_code, year, month) WHERE superseded_by IS NULL;

CREATE TABLE indicator_target (
    id           bigserial PRIMARY KEY,
    indicator_id bigint NOT NULL REFERENCES economic_indicator (id),
    place_code   text NOT NULL CHECK (place_code ~ '^[0-9]{6}([0-9]{3})?$'),
    year         integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    kind         text NOT NULL CHECK (kind IN ('LEVEL', 'GROWTH')),
    value        numeric(18, 4) NOT NULL,
    note         text CHECK (length(note) <= 500),
    version      integer NOT NULL DEFAULT 0,
    UNIQUE (indicator_id, place_code, year)
);

CREATE TABLE economy_settings (
    id                   integer PRIMARY KEY CHECK (id = 1),
    amber_margin_pct     numeric(5, 2) NOT NULL DEFAULT 1.00 CHECK (amber_margin_pct BETWEEN 0 AND 20),
    version              integer NOT NULL DEFAULT 0
);
INSERT INTO economy_settings (id) VALUES (1);

INSERT INTO economic_indicator (code, name, name_en, unit, frequency, comparable_prices, position) VALUES
    ('GDP',              '地区生产总值',       'Gross domestic product',                       '亿元', 'QUARTERLY_CUMULATIVE', true,  10),
    ('INDUSTRY_VALUE',   '规上工业增加值',     'Value added of industry above designated size', '亿元', 'MONTHLY_CUMULATIVE',   true,  20),
    ('FIXED_INVESTMENT', '固定资产投资',       'Fixed-asset investment',                       '亿元', 'MONTHLY_CUMULATIVE',   false, 30),
    ('INDUSTRIAL_INVESTMENT', '工业投资',      'Industrial investment',                        '亿元', 'MONTHLY_CUMULATIVE',   false, 40),
    ('RETAIL_SALES',     '社会消费品零售总额', 'Total retail sales of consumer goods',         '亿元', 'MONTHLY_CUMULATIVE',   false, 50),
    ('BUDGET_REVENUE',   '一般公共预算收入',   'General public budget revenue',                '亿元', 'MONTHLY_CUMULATIVE',   false, 60),
    ('FOREIGN_TRADE',    '外贸进出口总额',     'Total imports and exports',                    '亿元', 'MONTHLY_CUMULATIVE',   false, 70);
