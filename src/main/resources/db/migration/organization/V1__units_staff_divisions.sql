-- Organization: the administrative divisions (GB/T 2260 and the statistics office's township codes),
-- the tree of units (district → departments, towns and subdistricts → offices) and their staff.

CREATE TABLE division (
    code        VARCHAR(12) PRIMARY KEY,
    name        VARCHAR(50) NOT NULL,
    level       VARCHAR(20) NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP')),
    parent_code VARCHAR(12) REFERENCES division (code)
);

-- Source: the statistics office's division codes (统计用区划代码) as listed in shared/data; abolished
-- subdistricts (仓后, 北街, 堤东) are left out.
INSERT INTO division (code, name, level, parent_code) VALUES
    ('440000', '广东省', 'PROVINCE', NULL),
    ('440700', '江门市', 'PREFECTURE', '440000'),
    ('440703', '蓬江区', 'COUNTY', '440700'),
    ('440704', '江海区', 'COUNTY', '440700'),
    ('440705', '新会区', 'COUNTY', '440700'),
    ('440781', '台山市', 'COUNTY', '440700'),
    ('440783', '开平市', 'COUNTY', '440700'),
    ('440784', '鹤山市', 'COUNTY', '440700'),
    ('440785', '恩平市', 'COUNTY', '440700'),
    ('440703002', '白沙街道', 'TOWNSHIP', '440703'),
    ('440703005', '潮连街道', 'TOWNSHIP', '440703'),
    ('440703006', '环市街道', 'TOWNSHIP', '440703'),
    ('440703101', '棠下镇', 'TOWNSHIP', '440703'),
    ('440703102', '荷塘镇', 'TOWNSHIP', '440703'),
    ('440703103', '杜阮镇', 'TOWNSHIP', '440703');

CREATE TABLE unit (
    id            BIGSERIAL PRIMARY KEY,
    parent_id     BIGINT REFERENCES unit (id),
    -- Ids from the root down to this unit, e.g. '/1/4/17/': a subtree is one indexed prefix match.
    path          VARCHAR(500) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    short_name    VARCHAR(30),
    type          VARCHAR(20) NOT NULL CHECK (type IN ('DISTRICT', 'DEPARTMENT', 'TOWN', 'SUBDISTRICT', 'OFFICE', 'OTHER')),
    division_code VARCHAR(12) REFERENCES division (code),
    sort_order    INT NOT NULL DEFAULT 0,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX unit_one_root ON unit ((parent_id IS NULL)) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX unit_sibling_name ON unit (COALESCE(parent_id, 0), name);
CREATE INDEX unit_path ON unit (path text_pattern_ops);
CREATE INDEX unit_parent ON unit (parent_id);

CREATE TABLE staff (
    id         BIGSERIAL PRIMARY KEY,
    unit_id    BIGINT NOT NULL REFERENCES unit (id),
    name       VARCHAR(50) NOT NULL,
    position   VARCHAR(50),
    phone      VARCHAR(20),
    email      VARCHAR(100),
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    version    INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX staff_unit ON staff (unit_id);
CREATE INDEX staff_name ON staff (name);
