package org.luoshi.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.DistrictTown;
import org.luoshi.projects.internal.ReportMentions.Mention;
import org.luoshi.support.Required;

/** Which names of a report's text are offered as projects: known ones, names ending like a project's, and no generic phrases. */
class ReportMentionsTests {

	static final List<DistrictTown> TOWNS = List.of(new DistrictTown("440703006", "环市街道", 1), new DistrictTown("440703101", "棠下镇", 2),
			new DistrictTown("440703102", "荷塘镇", 3), new DistrictTown("440703103", "杜阮镇", 4));

	@Test
	void offersNamesThatEndLikeAProjectWithoutTheVerbBeforeThem() {
		String text = "今年要加快推进杜阮智能制造产业园建设，高质量打造荷塘纺织综合体，同时谋划白沙文旅新区。"
				+ "推动各类特色产业园和省级特色产业园提质，做好重点项目和一批大项目的服务，落实以企业为中心的理念。";
		List<String> names = ReportMentions.find(text, Map.of(), Map.of(), TOWNS).stream().map(Mention::name).toList();
		assertThat(names).containsExactly("杜阮智能制造产业园", "荷塘纺织综合体", "白沙文旅新区");
		Mention park = ReportMentions.find(text, Map.of(), Map.of(), TOWNS).get(0);
		assertThat(park.townCode()).isEqualTo("440703103");
		assertThat(park.known()).isFalse();
	}

	@Test
	void aKnownProjectIsFoundByItsNameAndNotOfferedAgain() {
		String text = "加快保利时光汇、区文化中心等项目建设。";
		List<Mention> found = ReportMentions.find(text, Map.of("保利时光汇", 7L, "区文化中心", 9L), Map.of(), TOWNS);
		assertThat(found).extracting(Mention::name).containsExactlyInAnyOrder("保利时光汇", "区文化中心");
		assertThat(found).allSatisfy(mention -> assertThat(mention.known()).isTrue());
	}

	@Test
	void theSeedNamesItsPlatformsAndProjects() throws Exception {
		Path seed = Path.of("../shared/seed/000_108ed8c361109c33.txt");
		Required.file(seed, "Seed document");
		List<Mention> found = ReportMentions.find(Files.readString(seed), Map.of(), Map.of(), TOWNS);
		System.out.println(found.stream().map(Mention::name).toList());
		assertThat(found).extracting(Mention::name).contains("中铁建江门总部基地", "区文化中心", "大型产业集聚区蓬江片区");
	}
}
