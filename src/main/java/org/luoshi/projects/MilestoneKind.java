package org.luoshi.projects;

/** A project's milestones, in order: 签约 (signed), 拿地 (land acquired), 开工 (construction started), 投产 (in production). */
public enum MilestoneKind {
	SIGNED, LAND, STARTED, PRODUCTION
}
