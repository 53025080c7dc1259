package org.luoshi.enterprise;

/**
 * What the district marks enterprises with: their kind (侨资企业, 政协委员企业 — with the member's name —, 规上企业,
 * 专精特新) and the district's industry clusters, the "3+2" that Pengjiang develops: smart home appliances, new-generation
 * electronics and high-end equipment, health food and motorcycles with their parts (as the district named them in
 * 2021). Labels are in the message bundles ({@code enterprise.tag.CPPCC_MEMBER} = 政协委员企业).
 */
public enum EnterpriseTag {

	OVERSEAS_CHINESE_FUNDED(false), CPPCC_MEMBER(false), ABOVE_DESIGNATED_SIZE(false), SPECIALIZED_INNOVATIVE(false),
	CLUSTER_SMART_APPLIANCES(true), CLUSTER_ELECTRONICS(true), CLUSTER_HIGH_END_EQUIPMENT(true), CLUSTER_HEALTH_FOOD(true),
	CLUSTER_MOTORCYCLES(true);

	private final boolean cluster;

	EnterpriseTag(boolean cluster) {
		this.cluster = cluster;
	}

	/** Whether the tag is one of the district's industry clusters rather than a kind of enterprise. */
	public boolean cluster() {
		return cluster;
	}
}
