package org.luoshi.shared.database;

/**
 * A module's demo data. Loaders run in {@link #order()} at start-up in demo mode, one instance at a time;
 * each must be idempotent (it checks whether its data is there), because every start runs it again.
 */
public interface DemoDataLoader {

	/** Lower runs first: organization before identity before the feature modules. */
	int order();

	void load();
}
