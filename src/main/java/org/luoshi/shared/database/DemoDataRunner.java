package org.luoshi.shared.database;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every module's demo data in one transaction, under an advisory lock so that instances load it once. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
	private static final long LOCK = 0x4C756F736869L; // "Luoshi"

	private final DemoMode demoMode;
	private final List<DemoDataLoader> loaders;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	DemoDataRunner(DemoMode demoMode, List<DemoDataLoader> loaders, JdbcClient jdbc, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.loaders = loaders.stream().sorted(Comparator.comparingInt(DemoDataLoader::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
			loaders.forEach(DemoDataLoader::load);
		});
		log.info("Demo data ready ({} loaders)", loaders.size());
	}
}
