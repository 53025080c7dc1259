-- 2026: 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号, dated 2025-11-04.
--   Published at https://www.gov.cn/zhengce/content/202511/content_7047090.htm (中国政府网: the address the notice is
--   cited at). Every date below was checked against 新华社's full text as carried by 光明网 on 2025-11-04
--   (https://politics.gmw.cn/2025-11/04/content_38391083.htm) and by 中山日报 on 2025-11-05
--   (https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html). The 新华社 text carries no
--   number; 国办发明电〔2025〕7号 is the number independent publications cite it under (the gov.cn page itself could
--   not be opened when this was written).
--
--   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
--   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
--   三、清明节：4月4日（周六）至6日（周一）放假，共3天。
--   四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
--   五、端午节：6月19日（周五）至21日（周日）放假，共3天。
--   六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
--   七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
--
-- Only what the district has not entered itself is added (see V2).
INSERT INTO calendar_year (year, notice, source_url, origin)
VALUES (2026, '国办发明电〔2025〕7号', 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm', 'NOTICE')
ON CONFLICT DO NOTHING;

INSERT INTO calendar_day (day, year, kind, name, origin)
SELECT day, 2026, kind, name, 'NOTICE'
FROM (
    SELECT generate_series(first, last, INTERVAL '1 day')::date AS day, 'HOLIDAY' AS kind, name
    FROM (VALUES
        (DATE '2026-01-01', DATE '2026-01-03', '元旦'),
        (DATE '2026-02-15', DATE '2026-02-23', '春节'),
        (DATE '2026-04-04', DATE '2026-04-06', '清明节'),
        (DATE '2026-05-01', DATE '2026-05-05', '劳动节'),
        (DATE '2026-06-19', DATE '2026-06-21', '端午节'),
        (DATE '2026-09-25', DATE '2026-09-27', '中秋节'),
        (DATE '2026-10-01', DATE '2026-10-07', '国庆节')
    ) AS rest (first, last, name)
    UNION ALL
    SELECT day, 'MAKEUP_WORKDAY', name
    FROM (VALUES
        (DATE '2026-01-04', '元旦'),
        (DATE '2026-02-14', '春节'),
        (DATE '2026-02-28', '春节'),
        (DATE '2026-05-09', '劳动节'),
        (DATE '2026-09-20', '国庆节'),
        (DATE '2026-10-10', '国庆节')
    ) AS worked (day, name)
) AS notice
ON CONFLICT DO NOTHING;
