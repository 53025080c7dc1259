package org.luoshi.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Shows instants in the district's time zone (Asia/Shanghai), whatever the server's zone. Templates: {@code @times}. */
@Component("times")
public class Times {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;
	private final Clock clock;

	/** The clock is the system's unless the application defines one (tests that let days pass do). */
	public Times(@Value("${luoshi.time-zone:Asia/Shanghai}") String zone, ObjectProvider<Clock> clock) {
		this.zone = ZoneId.of(zone);
		this.clock = clock.getIfAvailable(() -> Clock.system(this.zone));
	}

	/** Now, by the platform's clock: what services stamp on records whose dates matter to their rules. */
	public Instant now() {
		return clock.instant();
	}

	public ZoneId zone() {
		return zone;
	}

	public String format(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	public String format(OffsetDateTime time) {
		return time == null ? "" : format(time.toInstant());
	}

	public String minutes(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(zone));
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** The district's calendar day of an instant. */
	public LocalDate date(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}
}
