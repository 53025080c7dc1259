package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.NameSource;
import org.luoshi.reports.NameSource.KnownPlace;

class PlacesUnitsPeopleTests {

	private static final Lexicon LEXICON = ExtractionFixtures.LEXICON;

	@Test
	void findsKnownPlacesByFullAndShortNames() {
		Places.Found found = Places.find("贯通棠下、荷塘、杜阮三镇，推进潮连街道建设，联动江海区", LEXICON);
		assertThat(found.known()).extracting(KnownPlace::name).containsExactly("棠下镇", "荷塘镇", "杜阮镇", "潮连街道", "江海区");
		assertThat(found.known().get(0).divisionCode()).isEqualTo("440703101");
		assertThat(found.unknown()).isEmpty();
	}

	@Test
	void reportsUnknownTownsButNotKindsOfTowns() {
		Places.Found found = Places.find("争取社稷镇今年跨入百亿元镇行列，带动杜阮镇等中心镇排名前移，建设特色镇和乡镇", LEXICON);
		assertThat(found.unknown()).containsExactly("社稷镇");
		assertThat(found.known()).extracting(KnownPlace::name).containsExactly("杜阮镇");
	}

	@Test
	void leadsWithTheUnitThatLeadsAndCoOperatesWithTheOthers() {
		Units.Roles roles = Units.inSentence("由区发改局牵头，区财政局、区工信局配合，完成方案编制。", LEXICON);
		assertThat(roles.leads()).containsExactly("区发改局");
		assertThat(roles.cos()).containsExactly("区财政局", "区工信局");
		Units.Roles subject = Units.inSentence("区农业农村局要牵头制定方案，区财政局要积极配合。", LEXICON);
		assertThat(subject.leads()).containsExactly("区农业农村局");
		assertThat(subject.cos()).containsExactly("区财政局");
	}

	@Test
	void takesTheFirstUnitNamedAsLeadAndNamesEveryUnitAsWritten() {
		Units.Roles roles = Units.inSentence("区金融工作局会同区发展和改革局开展对接活动。", LEXICON);
		assertThat(roles.leads()).containsExactly("区金融工作局");
		assertThat(roles.cos()).as("written so, though the reader knows it as 区发改局").containsExactly("区发展和改革局");
	}

	@Test
	void matchesAWrittenNameToTheKnownUnitWhoseNameOrAliasItIs() {
		assertThat(Units.match("区发展和改革局", UnitMatch.Role.CO, LEXICON))
			.isEqualTo(UnitMatch.unique("区发展和改革局", UnitMatch.Role.CO, null, "区发改局"));
		assertThat(Units.match("区发改局", UnitMatch.Role.LEAD, LEXICON))
			.isEqualTo(UnitMatch.unique("区发改局", UnitMatch.Role.LEAD, null, "区发改局"));
		assertThat(Units.match("区金融工作局", UnitMatch.Role.LEAD, LEXICON))
			.isEqualTo(UnitMatch.unknown("区金融工作局", UnitMatch.Role.LEAD));
		Lexicon twoUnits = Lexicon.of(List.of(new NameSource() {
			@Override
			public List<KnownUnit> units() {
				return List.of(new KnownUnit("棠下镇经济发展办", List.of("经济发展办")), new KnownUnit("荷塘镇经济发展办", List.of("经济发展办")));
			}
		}));
		assertThat(Units.match("经济发展办", UnitMatch.Role.LEAD, twoUnits))
			.isEqualTo(UnitMatch.ambiguous("经济发展办", UnitMatch.Role.LEAD, List.of("棠下镇经济发展办", "荷塘镇经济发展办")));
	}

	@Test
	void takesNoRegionOrRecipientForAUnit() {
		assertThat(Units.inSentence("推动区域协调发展新局面，奋力开创新局。", LEXICON).isEmpty()).isTrue();
		assertThat(Units.inSentence("每月将进展报送区政府督查室。", LEXICON).isEmpty()).isTrue();
		assertThat(Units.inSentence("每季度向区委改革办报告工作进展。", LEXICON).isEmpty()).isTrue();
	}

	@Test
	void readsLabelledResponsibilities() {
		Responsibility.Parsed parsed = Responsibility.parse("建成产业园（责任单位：区政数局（牵头）、各镇（街）；完成时限：2025年4月底）");
		assertThat(parsed.text()).isEqualTo("建成产业园");
		assertThat(parsed.leads()).containsExactly("区政数局");
		assertThat(parsed.cos()).containsExactly("各镇（街）");
		assertThat(parsed.deadline()).isEqualTo("2025年4月底");
		Responsibility.Parsed firstLeads = Responsibility.parse("责任单位：区金融工作局、区工业和信息化局、各镇街");
		assertThat(firstLeads.leads()).containsExactly("区金融工作局");
		assertThat(firstLeads.cos()).containsExactly("区工业和信息化局", "各镇街");
		Responsibility.Parsed lines = Responsibility.parse("牵头单位：区司法局 配合单位：区市场监管局、区城管执法局");
		assertThat(lines.leads()).containsExactly("区司法局");
		assertThat(lines.cos()).containsExactly("区市场监管局", "区城管执法局");
	}

	@Test
	void readsRoleWordsWrittenAfterTheUnitsOfALabelledLine() {
		Responsibility.Parsed marked = Responsibility.parse("责任单位：区侨联配合，区商务局牵头");
		assertThat(marked.leads()).containsExactly("区商务局");
		assertThat(marked.cos()).containsExactly("区侨联");
		Responsibility.Parsed shared = Responsibility.parse("责任单位：区审计局、区统计局按职责分工负责");
		assertThat(shared.leads()).containsExactly("区审计局");
		assertThat(shared.cos()).containsExactly("区统计局");
		Responsibility.Parsed co = Responsibility.parse("配合单位：区残联、区科协等参与");
		assertThat(co.cos()).containsExactly("区残联", "区科协");
	}

	@Test
	void namesPeopleWithTheirRoles() {
		List<People.Found> found = new ArrayList<>();
		People.find("区委书记劳某昌代表区委常委会作报告；区长马某高就经济工作作具体部署。区委常委会主持会议。", LEXICON, found);
		People.find("区政协党组书记、主席何某带领调研组前往各镇。", LEXICON, found);
		People.find("区委副书记、区长 陈思远", LEXICON, found);
		People.find("区委书记、区委全面深化改革委员会主任黄某坚主持会议。", LEXICON, found);
		assertThat(found).containsExactly(new People.Found("劳某昌", "区委书记"), new People.Found("马某高", "区长"),
				new People.Found("何某", "区政协党组书记、主席"), new People.Found("陈思远", "区委副书记、区长"),
				new People.Found("黄某坚", "区委书记、区委全面深化改革委员会主任"));
	}

	@Test
	void namesEveryoneListedAfterExecutiveChairOrHostWithThatRole() {
		List<People.Found> found = new ArrayList<>();
		People.find("第二次全体会议的大会执行主席是：陈某明、欧阳晓峰、黎某强、冼丽。", LEXICON, found);
		People.find("执行主席：区某雄、麦某文", LEXICON, found);
		People.find("座谈会主持人：梁某涛。会议由区长马某高主持。", LEXICON, found);
		assertThat(found).contains(new People.Found("陈某明", "大会执行主席"), new People.Found("欧阳晓峰", "大会执行主席"),
				new People.Found("黎某强", "大会执行主席"), new People.Found("冼丽", "大会执行主席"),
				new People.Found("区某雄", "执行主席"), new People.Found("麦某文", "执行主席"),
				new People.Found("梁某涛", "主持人"), new People.Found("马某高", "区长"));
		assertThat(found).extracting(People.Found::name).doesNotContain("会议由区", "第二次");
	}
}
