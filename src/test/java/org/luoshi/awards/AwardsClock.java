package org.luoshi.awards;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.luoshi.support.IntegrationTest;
import org.luoshi.support.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Awards tests that let the days pass — a public notice running out, an objection coming too late, results waiting for
 * the notice's end —: the platform's clock is one they move forward ({@link MutableClock}), which the services and the
 * public page read, so the campaign's dates stay as the code wrote them rather than being moved in the database behind
 * its back. One Spring context (and database) for the awards tests that move it; the clock only goes forward, and each
 * test reckons its dates from the day it starts on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(AwardsClock.Today.class)
@TestPropertySource(properties = "luoshi.test.database=awards-clock")
@interface AwardsClock {

	@TestConfiguration(proxyBeanMethods = false)
	class Today {

		@Bean
		MutableClock clock() {
			return MutableClock.startingNow();
		}
	}
}
