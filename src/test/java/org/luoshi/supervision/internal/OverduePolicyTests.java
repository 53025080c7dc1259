package org.luoshi.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskStatus;

class OverduePolicyTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
	final OverduePolicy policy = new OverduePolicy(new SupervisionSettings(7, 3, true, 3, "蓬督", 0), ZONE);

	static OverduePolicy.Facts inProgress(LocalDate deadline, LocalDate lastReport) {
		return new OverduePolicy.Facts(TaskStatus.IN_PROGRESS, deadline, null, lastReport == null ? null : at(lastReport),
				ReportCycle.WEEKLY, null, null);
	}

	static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(ZONE).toInstant();
	}

	@Test
	void isGreenWhenFarFromTheDeadline() {
		assertThat(policy.light(inProgress(TODAY.plusDays(30), null), TODAY)).isEqualTo(Light.GREEN);
	}

	@Test
	void turnsYellowWhenDueSoonWithoutARecentReport() {
		assertThat(policy.light(inProgress(TODAY.plusDays(7), null), TODAY)).isEqualTo(Light.YELLOW);
		assertThat(policy.light(inProgress(TODAY.plusDays(7), TODAY.minusDays(8)), TODAY)).isEqualTo(Light.YELLOW);
		assertThat(policy.light(inProgress(TODAY.plusDays(8), null), TODAY)).isEqualTo(Light.GREEN);
	}

	@Test
	void staysGreenWhenDueSoonButReportedWithinTheCycle() {
		assertThat(policy.light(inProgress(TODAY.plusDays(3), TODAY.minusDays(7)), TODAY)).isEqualTo(Light.GREEN);
	}

	@Test
	void turnsRedTheDayAfterTheDeadline() {
		assertThat(policy.light(inProgress(TODAY, TODAY), TODAY)).isEqualTo(Light.GREEN);
		assertThat(policy.light(inProgress(TODAY.minusDays(1), TODAY), TODAY)).isEqualTo(Light.RED);
	}

	@Test
	void turnsYellowWhenAMilestoneSlipped() {
		OverduePolicy.Facts slipped = new OverduePolicy.Facts(TaskStatus.IN_PROGRESS, TODAY.plusDays(60), null, at(TODAY), ReportCycle.MONTHLY,
				TODAY.minusDays(1), null);
		assertThat(policy.light(slipped, TODAY)).isEqualTo(Light.YELLOW);
	}

	@Test
	void turnsYellowWhenNotSignedForInTime() {
		OverduePolicy.Facts unsigned = new OverduePolicy.Facts(TaskStatus.ISSUED, TODAY.plusDays(60), TODAY.minusDays(1), null,
				ReportCycle.MONTHLY, null, null);
		assertThat(policy.light(unsigned, TODAY)).isEqualTo(Light.YELLOW);
		OverduePolicy.Facts inTime = new OverduePolicy.Facts(TaskStatus.ISSUED, TODAY.plusDays(60), TODAY, null, ReportCycle.MONTHLY, null,
				null);
		assertThat(policy.light(inTime, TODAY)).isEqualTo(Light.GREEN);
	}

	@Test
	void judgesACompletionRequestByTheDayItWasMade() {
		OverduePolicy.Facts inTime = new OverduePolicy.Facts(TaskStatus.COMPLETION_REQUESTED, TODAY.minusDays(5), null, null,
				ReportCycle.MONTHLY, null, at(TODAY.minusDays(5)));
		assertThat(policy.light(inTime, TODAY)).isEqualTo(Light.GREEN);
		OverduePolicy.Facts late = new OverduePolicy.Facts(TaskStatus.COMPLETION_REQUESTED, TODAY.minusDays(5), null, null,
				ReportCycle.MONTHLY, null, at(TODAY.minusDays(4)));
		assertThat(policy.light(late, TODAY)).isEqualTo(Light.RED);
	}

	@Test
	void showsFinishedAndDraftTasksGreen() {
		for (TaskStatus status : new TaskStatus[] { TaskStatus.CLOSED, TaskStatus.CANCELLED, TaskStatus.DRAFT }) {
			OverduePolicy.Facts finished = new OverduePolicy.Facts(status, TODAY.minusDays(30), null, null, ReportCycle.MONTHLY, null, null);
			assertThat(policy.light(finished, TODAY)).as(status.name()).isEqualTo(Light.GREEN);
		}
	}

	@Test
	void followsTheDistrictsThreshold() {
		OverduePolicy strict = new OverduePolicy(new SupervisionSettings(30, 3, true, 3, "蓬督", 0), ZONE);
		assertThat(strict.light(inProgress(TODAY.plusDays(20), null), TODAY)).isEqualTo(Light.YELLOW);
		assertThat(policy.light(inProgress(TODAY.plusDays(20), null), TODAY)).isEqualTo(Light.GREEN);
	}
}
