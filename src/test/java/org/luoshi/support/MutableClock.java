package org.luoshi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves forward, to let days pass for rules that depend on dates (deadlines, lights, reminders). */
public final class MutableClock extends Clock {

	private volatile Instant now;
	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public static MutableClock startingNow() {
		return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void advanceDays(int days) {
		advance(Duration.ofDays(days));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new MutableClock(now, newZone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
