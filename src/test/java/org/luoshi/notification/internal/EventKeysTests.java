package org.luoshi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.NotifiableEvent;

class EventKeysTests {

	record InstructionGiven(long timelineEntryId, Set<Long> notifiedUnitIds, List<String> messageArguments, String link)
			implements NotifiableEvent {

		@Override
		public String deliveryKey() {
			return timelineEntryId == 0 ? null : "task-event:" + timelineEntryId;
		}

		@Override
		public String messageKey() {
			return "supervision.notify.instruction";
		}
	}

	@Test
	void oneActHandedOverAgainKeepsItsKeyWhateverTheOrderOfItsSets() {
		InstructionGiven original = new InstructionGiven(7, Set.of(3L, 11L, 5L), List.of("防汛"), "/supervision/tasks/1");
		InstructionGiven readBack = new InstructionGiven(7, Set.of(5L, 3L, 11L), List.of("防汛"), "/supervision/tasks/1");

		assertThat(EventKeys.of(readBack)).isEqualTo(EventKeys.of(original)).hasSize(64);
	}

	@Test
	void twoActsInTheSameWordsHaveTwoKeys() {
		InstructionGiven first = new InstructionGiven(7, Set.of(3L), List.of("防汛", "今天"), "/supervision/tasks/1");
		InstructionGiven second = new InstructionGiven(8, Set.of(3L), List.of("防汛", "今天"), "/supervision/tasks/1");

		assertThat(EventKeys.of(second)).isNotEqualTo(EventKeys.of(first));
	}

	@Test
	void refusesAnEventThatNamesNoAct() {
		assertThatThrownBy(() -> EventKeys.of(new InstructionGiven(0, Set.of(3L), List.of("防汛"), "/"))).isInstanceOf(IllegalArgumentException.class);
	}
}
