package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Required;
import org.luoshi.reports.DeploymentDraft.Comparison;
import org.luoshi.reports.DeploymentDraft.Group;
import org.luoshi.reports.DeploymentDraft.Person;
import org.luoshi.reports.DeploymentDraft.Place;
import org.luoshi.reports.DeploymentDraft.Target;
import org.luoshi.reports.DeploymentDraft.Task;

/**
 * The seed: a real newspaper page with a conference report whose five task groups are printed three times
 * over (the fifth with the body of the second), a photo caption, bylines and other articles. The page is read
 * from {@code ../shared/seed}; its text is never copied here, so expectations about it are checked against the
 * page itself where they concern its wording.
 */
class SeedReportTests {

	static DeploymentDraft draft;
	static String page;

	@BeforeAll
	static void readTheSeed() {
		Required.file(ReportFixtures.SEED, "Seed page (it lives outside the repository)");
		page = new String(ReportFixtures.seed(), StandardCharsets.UTF_8);
		draft = ReportFixtures.reader().read(ReportInput.file("seed.txt", ReportFixtures.seed()));
	}

	@Test
	void findsTheFiveTaskGroupsAndMarksTheFifthAsTheSecondPrintedAgain() {
		List<Group> groups = draft.groups();
		assertThat(groups).extracting(Group::ordinal).containsExactly(1, 2, 3, 4, 5);
		assertThat(groups.subList(0, 4)).allSatisfy(g -> assertThat(g.tasks()).isGreaterThanOrEqualTo(3));
		assertThat(groups.get(4).duplicateOf()).isEqualTo(groups.get(1).title());
		assertThat(groups.get(4).title()).startsWith("五要");
	}

	@Test
	void countsTheRepeatedParagraphsAndListsNoTaskTwice() {
		assertThat(draft.duplicateParagraphs()).isEqualTo(10);
		Set<String> seen = new HashSet<>();
		for (Task task : draft.tasks()) {
			assertThat(seen.add(task.text().replaceAll("\\P{L}", ""))).as("listed twice: %s", task.text()).isTrue();
		}
		assertThat(draft.tasks()).hasSizeBetween(12, 18);
	}

	@Test
	void findsTheThousandBillionGdpGoal() {
		assertThat(draft.goals()).anySatisfy(goal -> {
			assertThat(goal.indicator()).isEqualTo("GDP");
			assertThat(goal.value()).isEqualByComparingTo(new BigDecimal(1000));
			assertThat(goal.unit()).isEqualTo("亿元");
		});
	}

	@Test
	void readsMoreThanOneHundredBillionAsATargetOfATownsTask() {
		List<Target> targets = draft.tasks().stream().flatMap(t -> t.targets().stream()).toList();
		assertThat(targets).anySatisfy(target -> {
			assertThat(target.value()).isEqualByComparingTo(new BigDecimal(100));
			assertThat(target.unit()).isEqualTo("亿元");
			assertThat(target.comparator()).isEqualTo(Comparison.MORE_THAN);
			assertThat(target.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
		});
	}

	@Test
	void recognizesTheTownsAsPlacesWithTheirDivisionCodes() {
		assertThat(draft.places()).contains(new Place("棠下镇", "440703101"), new Place("荷塘镇", "440703102"),
				new Place("杜阮镇", "440703103"));
		assertThat(draft.tasks()).anySatisfy(t -> assertThat(t.places()).contains("棠下镇", "杜阮镇"));
		assertThat(draft.unknownPlaces()).allSatisfy(name -> assertThat(name).endsWith("镇"));
	}

	@Test
	void namesTheDistrictPartySecretaryAndTheDistrictHead() {
		assertThat(draft.people()).extracting(Person::role).contains("区委书记", "区长");
		for (Person person : draft.people()) {
			assertThat(page).contains(person.role() + person.name());
			assertThat(person.name()).hasSizeBetween(2, 3);
		}
	}

	@Test
	void takesNoCaptionBylineOrOtherArticleAsATask() {
		List<String> notContent = Arrays.stream(page.split("\n"))
			.map(String::strip)
			.filter(line -> line.endsWith("摄") || line.contains("讯(") || line.startsWith("□"))
			.toList();
		assertThat(notContent).isNotEmpty();
		for (Task task : draft.tasks()) {
			assertThat(notContent).noneSatisfy(line -> assertThat(line).contains(task.text()));
			assertThat(task.group()).isNotNull();
		}
		assertThat(draft.articles()).hasSize(5);
		assertThat(draft.articles().get(0).tasks()).isEqualTo(draft.tasks().size());
	}

	@Test
	void offersThePlansOfTheOtherArticlesApartFromTheConferencesTasks() {
		List<Task> plans = draft.otherPlans();
		assertThat(plans).anySatisfy(plan -> {
			assertThat(plan.leadUnits()).contains("区司法局");
			assertThat(plan.text()).contains("产业园");
		});
		assertThat(plans.stream().filter(plan -> plan.text().startsWith("——"))).as("the commentary's list").hasSizeGreaterThanOrEqualTo(2);
		for (Task plan : plans) {
			assertThat(page.replaceAll("\\s", "")).contains(plan.text().replaceAll("\\s", ""));
			assertThat(draft.tasks()).extracting(Task::text).doesNotContain(plan.text());
		}
	}

	@Test
	void datesTheConferenceFromItsDatelineAndTheYearItDeploys() {
		assertThat(draft.date()).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(draft.title()).isEqualTo(draft.articles().get(0).title());
	}
}
