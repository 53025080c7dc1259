-- The categories an enterprise's demands are filed under, after the subject areas of the 12345 hotlines narrowed to
-- what enterprises ask (policy, land, finance, labour, approvals, legal, infrastructure …), each with its time limit in
-- working days. The district edits them; which unit takes each is a route it sets (demand_route).
INSERT INTO demand_category (code, name, name_en, time_limit_days, position) VALUES
    ('POLICY', '政策咨询与兑现', 'Policies and their benefits', 10, 10),
    ('LAND', '用地与规划', 'Land and planning', 15, 20),
    ('FINANCE', '融资信贷', 'Finance and credit', 10, 30),
    ('LABOUR', '用工与社保', 'Labour and social insurance', 10, 40),
    ('APPROVAL', '审批服务', 'Approvals and permits', 7, 50),
    ('LEGAL', '法律服务', 'Legal services', 7, 60),
    ('INFRASTRUCTURE', '基础设施', 'Infrastructure', 15, 70),
    ('MARKET', '市场监管', 'Market regulation', 10, 80),
    ('ENVIRONMENT', '生态环境', 'Environment', 10, 90),
    ('OTHER', '其他', 'Other', 10, 100);

INSERT INTO demand_category (parent_id, code, name, name_en, time_limit_days, position)
SELECT p.id, c.code, c.name, c.name_en, c.days, c.position
FROM (VALUES
    ('POLICY', 'POLICY_CONSULTATION', '政策咨询', 'Policy questions', 3, 11),
    ('POLICY', 'POLICY_FUNDS', '惠企资金兑现', 'Subsidies and grants paid out', 15, 12),
    ('LAND', 'LAND_QUOTA', '用地指标', 'Land quotas', 20, 21),
    ('LAND', 'LAND_PERMITS', '规划报建', 'Planning permits', 15, 22),
    ('LABOUR', 'LABOUR_HIRING', '招工用工', 'Hiring', 10, 41),
    ('LABOUR', 'LABOUR_INSURANCE', '社保医保', 'Social and medical insurance', 7, 42),
    ('INFRASTRUCTURE', 'UTILITIES', '水电气供应', 'Water, power and gas', 10, 71),
    ('INFRASTRUCTURE', 'ROADS', '道路交通', 'Roads and transport', 15, 72)
) AS c (parent, code, name, name_en, days, position)
JOIN demand_category p ON p.code = c.parent;
