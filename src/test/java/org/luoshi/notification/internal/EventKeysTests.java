package org.luoshi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.NotifiableEvent;

import tools.jackson.databind.json.JsonMapper;

class EventKeysTests {

	final JsonMapper json = JsonMapper.builder().build();

	record InstructionGiven(long instructionId, Set<Long> notifiedUnitIds, List<String> messageArguments, String link)
			implements NotifiableEvent {

		@Override
		public String messageKey() {
			return "supervision.notify.instruction";
		}
	}

	static Set<Long> inOrder(Long... ids) {
		return new LinkedHashSet<>(List.of(ids));
	}

	@Test
	void anEventReadBackWithItsSetsInAnotherOrderKeepsItsKey() {
		InstructionGiven original = new InstructionGiven(7, inOrder(3L, 11L, 5L), List.of("防汛"), "/supervision/tasks/1");
		InstructionGiven readBack = new InstructionGiven(7, inOrder(5L, 3L, 11L), List.of("防汛"), "/supervision/tasks/1");

		assertThat(EventKeys.of(readBack, json)).isEqualTo(EventKeys.of(original, json)).hasSize(64);
	}

	@Test
	void eventsDifferingInAnyValueHaveDifferentKeys() {
		InstructionGiven first = new InstructionGiven(7, Set.of(3L), List.of("防汛", "今天"), "/supervision/tasks/1");

		assertThat(EventKeys.of(new InstructionGiven(8, Set.of(3L), List.of("防汛", "今天"), "/supervision/tasks/1"), json))
			.isNotEqualTo(EventKeys.of(first, json));
		assertThat(EventKeys.of(new InstructionGiven(7, Set.of(3L), List.of("今天", "防汛"), "/supervision/tasks/1"), json))
			.as("the order of message arguments matters")
			.isNotEqualTo(EventKeys.of(first, json));
	}
}
