package org.luoshi.supervision;

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
 * Tests that run the daily follow-up for days to come. The follow-up looks at every task in the database, so these
 * tests get a database of their own (a Spring context of their own) rather than turning the other tests' tasks red,
 * and a clock they move forward ({@link MutableClock}), so that the services and the follow-up agree on the day.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import({ SupervisionFixtures.class, FollowsDaysAhead.Calendar.class })
@TestPropertySource(properties = "luoshi.test.database=follows-days-ahead")
@interface FollowsDaysAhead {

	@TestConfiguration(proxyBeanMethods = false)
	class Calendar {

		@Bean
		MutableClock clock() {
			return MutableClock.startingNow();
		}
	}
}
