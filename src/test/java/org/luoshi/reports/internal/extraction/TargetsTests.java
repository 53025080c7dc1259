package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Comparison;
import org.luoshi.reports.DeploymentDraft.Kind;
import org.luoshi.reports.DeploymentDraft.Target;

class TargetsTests {

	private static List<Target> find(String text) {
		return Targets.find(text, ExtractionFixtures.YEAR_2024, null);
	}

	private static Target only(String text) {
		List<Target> targets = find(text);
		assertThat(targets).as(text).hasSize(1);
		return targets.get(0);
	}

	@Test
	void readsAThousandBillionGdpAsOneThousandHundredMillionYuan() {
		Target target = only("全力冲刺千亿GDP强区");
		assertThat(target.value()).isEqualByComparingTo("1000");
		assertThat(target.unit()).isEqualTo("亿元");
		assertThat(target.indicator()).isEqualTo("GDP");
		assertThat(target.kind()).isEqualTo(Kind.LEVEL);
		assertThat(target.comparator()).isEqualTo(Comparison.AT_LEAST);
	}

	@Test
	void readsMoreThanAHundredBillionWithItsDeadline() {
		Target target = only("力争今年新增一个镇为GDP超百亿元镇");
		assertThat(target.value()).isEqualByComparingTo("100");
		assertThat(target.unit()).isEqualTo("亿元");
		assertThat(target.comparator()).isEqualTo(Comparison.MORE_THAN);
		assertThat(target.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(target.text()).isEqualTo("力争今年新增一个镇为GDP超百亿元镇");
	}

	@Test
	void readsGrowthRatesAndTheirComparators() {
		Target about = only("地区生产总值增长6%左右");
		assertThat(about.kind()).isEqualTo(Kind.GROWTH);
		assertThat(about.comparator()).isEqualTo(Comparison.ABOUT);
		assertThat(about.indicator()).isEqualTo("地区生产总值");
		Target atLeast = only("规上工业增加值增长8%以上");
		assertThat(atLeast.comparator()).isEqualTo(Comparison.AT_LEAST);
		Target decline = only("生产安全事故起数下降10%以上");
		assertThat(decline.value()).isEqualByComparingTo("-10");
		assertThat(decline.comparator()).isEqualTo(Comparison.AT_MOST);
		assertThat(only("提高2个百分点").unit()).isEqualTo("个百分点");
	}

	@Test
	void readsLevelsWithTheUnitAsWritten() {
		assertThat(only("新增国家高新技术企业50家以上").unit()).isEqualTo("家");
		assertThat(only("近期可用产业用地超300公顷").unit()).isEqualTo("公顷");
		assertThat(only("完成投资1.5亿元").value()).isEqualByComparingTo(new BigDecimal("1.5"));
		assertThat(only("完成投资1,200亿元").value()).isEqualByComparingTo(new BigDecimal("1200"));
		assertThat(only("增长10.0%").value().toString()).isEqualTo("10");
		assertThat(only("盘活闲置厂房10万平方米").unit()).isEqualTo("万平方米");
		assertThat(only("城镇新增就业2.5万人").unit()).isEqualTo("万人");
		assertThat(only("实际利用外资1500万美元").unit()).isEqualTo("万美元");
		Target many = only("发展势头良好的1100多家侨资企业");
		assertThat(many.value()).isEqualByComparingTo("1100");
		assertThat(many.comparator()).isEqualTo(Comparison.MORE_THAN);
		assertThat(only("办好十件民生实事").value()).isEqualByComparingTo("10");
		assertThat(only("每名常委联系企业不少于3家").comparator()).isEqualTo(Comparison.AT_LEAST);
		assertThat(only("企业开办时间压缩至1个工作日以内").comparator()).isEqualTo(Comparison.AT_MOST);
		assertThat(only("企业开办全流程1个工作日内办结").comparator()).isEqualTo(Comparison.AT_MOST);
		Target percentInWords = only("生活垃圾回收利用率达到百分之三十五以上");
		assertThat(percentInWords.value()).isEqualByComparingTo("35");
		assertThat(percentInWords.unit()).isEqualTo("%");
		assertThat(only("调解成功率保持在95%以上").kind()).isEqualTo(Kind.LEVEL);
	}

	@Test
	void carriesTheComparatorAlongAList() {
		List<Target> targets = find("推动两个产业集群产值分别突破800亿元、500亿元");
		assertThat(targets).extracting(Target::comparator).containsExactly(Comparison.MORE_THAN, Comparison.MORE_THAN);
		List<Target> growth = find("城乡居民人均可支配收入分别增长5.5%和7%");
		assertThat(growth).extracting(Target::kind).containsExactly(Kind.GROWTH, Kind.GROWTH);
		List<Target> range = find("地区生产总值增长5%～6%");
		assertThat(range).extracting(Target::kind).containsExactly(Kind.GROWTH, Kind.GROWTH);
	}

	@Test
	void takesNoNamesOrdinalsYearsOrQualifiersForTargets() {
		assertThat(find("正规划建设“万亩千亿”大平台，推动“百千万工程”走深走实")).isEmpty();
		assertThat(find("第十届委员会第六次全体会议，是十四五的关键一年")).isEmpty();
		assertThat(find("2024年1月10日，成立75周年")).isEmpty();
		assertThat(find("推动棠下镇在全国千强镇中争先进位，加快一二三产业融合发展，创作一批精品")).isEmpty();
		assertThat(find("一万二千多字的报告")).isEmpty();
		assertThat(find("推进5G基站建设，PM2.5浓度下降")).isEmpty();
		assertThat(find("全年引进超10亿元项目8个")).singleElement().satisfies(t -> assertThat(t.unit()).isEqualTo("个"));
	}

	@Test
	void readsLevelsToReachRangesAtLeastAndHalvingAsWritten() {
		Target share = only("把生活垃圾回收利用比例提高到40%。");
		assertThat(share.kind()).isEqualTo(Kind.LEVEL);
		assertThat(share.indicator()).isEqualTo("生活垃圾回收利用比例");
		assertThat(share.text()).isEqualTo("把生活垃圾回收利用比例提高到40%");

		Target range = only("打造3—5个示范村。");
		assertThat(range.value()).isEqualByComparingTo("3");
		assertThat(range.upTo()).isEqualByComparingTo("5");
		assertThat(range.comparator()).isEqualTo(Comparison.AT_LEAST);
		assertThat(range.indicator()).isEqualTo("示范村");

		Target atLeast = only("至少建成10个村级驿站。");
		assertThat(atLeast.comparator()).isEqualTo(Comparison.AT_LEAST);
		assertThat(atLeast.indicator()).isEqualTo("村级驿站");

		assertThat(only("前完成全区120家企业改造。").indicator()).isEqualTo("企业改造");

		Target half = only("行政审批事项再压减一半。");
		assertThat(half.kind()).isEqualTo(Kind.GROWTH);
		assertThat(half.value()).isEqualByComparingTo("-50");
		assertThat(half.indicator()).isEqualTo("行政审批事项");

		Target tonnes = only("减少碳排放20万吨。");
		assertThat(tonnes.unit()).isEqualTo("万吨");
		assertThat(only("数字经济规模突破1.2万亿元。").unit()).isEqualTo("万亿元");
	}
}
