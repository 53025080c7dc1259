-- 2024: 国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号, dated 2023-10-25.
--   Published at https://www.gov.cn/zhengce/content/202310/content_6911527.htm (中国政府网: the address the notice is
--   cited at; the page itself could not be opened when this was written). Every date below was checked against the
--   full text as printed in 人民日报 2023-10-26 p.6
--   (http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm) and as collected with its
--   number in 国务院公报 2023年第31号 (https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知).
--
--   一、元旦：1月1日放假，与周末连休。
--   二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
--       (除夕 2月9日 stays a working day: the notice only encourages units to let staff take it off as annual leave.)
--   三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
--   四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
--   五、端午节：6月10日放假，与周末连休。
--   六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
--   七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
--
-- Rest days are the days the notice names as 放假; where it says only "与周末连休" the weekend that joins the day is an
-- ordinary weekend (元旦's 2023-12-30/31 belong to 2023, 端午's 6月8日/9日 are a Saturday and Sunday anyway).
--
-- Like every year's notice, this one only adds what the district has not entered itself (ON CONFLICT DO NOTHING):
-- a district that typed the year in before its Luoshi was upgraded keeps its own entries.
INSERT INTO calendar_year (year, notice, source_url, origin)
VALUES (2024, '国办发明电〔2023〕7号', 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm', 'NOTICE')
ON CONFLICT DO NOTHING;

INSERT INTO calendar_day (day, year, kind, name, origin)
SELECT day, 2024, kind, name, 'NOTICE'
FROM (
    SELECT generate_series(first, last, INTERVAL '1 day')::date AS day, 'HOLIDAY' AS kind, name
    FROM (VALUES
        (DATE '2024-01-01', DATE '2024-01-01', '元旦'),
        (DATE '2024-02-10', DATE '2024-02-17', '春节'),
        (DATE '2024-04-04', DATE '2024-04-06', '清明节'),
        (DATE '2024-05-01', DATE '2024-05-05', '劳动节'),
        (DATE '2024-06-10', DATE '2024-06-10', '端午节'),
        (DATE '2024-09-15', DATE '2024-09-17', '中秋节'),
        (DATE '2024-10-01', DATE '2024-10-07', '国庆节')
    ) AS rest (first, last, name)
    UNION ALL
    SELECT day, 'MAKEUP_WORKDAY', name
    FROM (VALUES
        (DATE '2024-02-04', '春节'),
        (DATE '2024-02-18', '春节'),
        (DATE '2024-04-07', '清明节'),
        (DATE '2024-04-28', '劳动节'),
        (DATE '2024-05-11', '劳动节'),
        (DATE '2024-09-14', '中秋节'),
        (DATE '2024-09-29', '国庆节'),
        (DATE '2024-10-12', '国庆节')
    ) AS worked (day, name)
) AS notice
ON CONFLICT DO NOTHING;
