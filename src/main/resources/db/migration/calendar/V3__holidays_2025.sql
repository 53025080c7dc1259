-- 2025: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, dated 2024-11-12.
--   Published at https://www.gov.cn/zhengce/content/202411/content_6986382.htm (中国政府网: the address the notice is
--   cited at; the page itself could not be opened when this was written). Every date below was checked against the
--   full text with its number (http://mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html, a copy) and
--   against 新华社's text as carried by 光明网 on 2024-11-12 (https://m.gmw.cn/2024-11/12/content_1303894933.htm).
--
--   The first year under the 全国年节及纪念日放假办法 as revised in November 2024: from 2025-01-01 the holidays of all
--   citizens gain two days, one for 春节 (now from 除夕) and one for 劳动节 (now 5月1日、2日).
--   一、元旦：1月1日（周三）放假1天，不调休。
--   二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
--   三、清明节：4月4日（周五）至6日（周日）放假，共3天。
--   四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
--   五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
--   六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
--
-- Only what the district has not entered itself is added (see V2).
INSERT INTO calendar_year (year, notice, source_url, origin)
VALUES (2025, '国办发明电〔2024〕12号', 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm', 'NOTICE')
ON CONFLICT DO NOTHING;

INSERT INTO calendar_day (day, year, kind, name, origin)
SELECT day, 2025, kind, name, 'NOTICE'
FROM (
    SELECT generate_series(first, last, INTERVAL '1 day')::date AS day, 'HOLIDAY' AS kind, name
    FROM (VALUES
        (DATE '2025-01-01', DATE '2025-01-01', '元旦'),
        (DATE '2025-01-28', DATE '2025-02-04', '春节'),
        (DATE '2025-04-04', DATE '2025-04-06', '清明节'),
        (DATE '2025-05-01', DATE '2025-05-05', '劳动节'),
        (DATE '2025-05-31', DATE '2025-06-02', '端午节'),
        (DATE '2025-10-01', DATE '2025-10-08', '国庆节、中秋节')
    ) AS rest (first, last, name)
    UNION ALL
    SELECT day, 'MAKEUP_WORKDAY', name
    FROM (VALUES
        (DATE '2025-01-26', '春节'),
        (DATE '2025-02-08', '春节'),
        (DATE '2025-04-27', '劳动节'),
        (DATE '2025-09-28', '国庆节、中秋节'),
        (DATE '2025-10-11', '国庆节、中秋节')
    ) AS worked (day, name)
) AS notice
ON CONFLICT DO NOTHING;
