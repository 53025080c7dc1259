package org.luoshi.awards.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.awards.internal.AwardRows.Timeline;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Digests;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the awards under their one rule per record type ({@link AwardAccess}). */
@Service
@Transactional(readOnly = true)
public class AwardQueries {

	private static final Logger log = LoggerFactory.getLogger(AwardQueries.class);

	private final AwardRows rows;
	private final AwardAccess access;
	private final Times times;

	AwardQueries(AwardRows rows, AwardAccess access, Times times) {
		this.rows = rows;
		this.access = access;
		this.times = times;
	}

	public List<Campaign> campaigns(Actor actor) {
		return access.readsCampaigns(actor) ? rows.campaigns() : List.of();
	}

	public Campaign campaign(long id, Actor actor) {
		return rows.campaign(id).filter(c -> access.readsCampaigns(actor)).orElseThrow(() -> new NotFoundException("campaign", id));
	}

	/** What the actor may do with the campaign today, from {@link CampaignLifecycle#TABLE} and its conditions. */
	public CampaignActions campaignActions(Campaign campaign, Actor actor) {
		Set<CampaignLifecycle.Side> sides = access.sides(actor);
		if (sides.isEmpty()) {
			return new CampaignActions(Set.of(), null);
		}
		return CampaignLifecycle.actions(new CampaignProcess(campaign, rows.nominationsOf(campaign.id()), rows.objectionsOf(campaign.id())), sides,
				times.today());
	}

	/** A campaign whose notice or results are public: in its notice period or final. */
	public Optional<Campaign> publicCampaign(long id) {
		return rows.campaign(id).filter(c -> c.stage() == Campaign.Stage.NOTICE || c.stage() == Campaign.Stage.FINAL);
	}

	public List<Campaign> publicCampaigns() {
		return rows.campaigns().stream().filter(c -> c.stage() == Campaign.Stage.NOTICE || c.stage() == Campaign.Stage.FINAL).toList();
	}

	/** The proposed (during the notice) or awarded (once final) collectives: what the public page lists. */
	public List<Nomination> publicWinners(long campaignId) {
		return rows.nominationsOf(campaignId).stream()
			.filter(n -> n.status() == NominationLifecycle.Status.PROPOSED || n.status() == NominationLifecycle.Status.AWARDED)
			.toList();
	}

	public List<Nomination> nominations(long campaignId, Actor actor) {
		return rows.nominationsOf(campaignId).stream().filter(n -> access.sees(n, actor)).toList();
	}

	public Nomination nomination(long id, Actor actor) {
		return rows.nomination(id).filter(n -> access.sees(n, actor)).orElseThrow(() -> new NotFoundException("nomination", id));
	}

	/** An evidence file with its bytes, as uploaded. */
	public record EvidenceContent(Nomination.EvidenceFile file, byte[] content) {
	}

	/**
	 * One of the nomination's evidence files, for whoever sees the nomination (else, like a file of another nomination,
	 * not found), its bytes checked against the SHA-256 they were stored with: altered evidence is never handed out as the
	 * original.
	 */
	public EvidenceContent evidence(long nominationId, long fileId, Actor actor) {
		nomination(nominationId, actor);
		AwardRows.StoredEvidence stored = rows.evidence(nominationId, fileId).orElseThrow(() -> new NotFoundException("evidence", fileId));
		String actual = Digests.sha256(stored.content());
		if (!actual.equals(stored.file().sha256())) {
			log.error("Evidence file {} of nomination {} fails its checksum: stored {}, computed {}", fileId, nominationId, stored.file().sha256(), actual);
			throw new IllegalStateException("Evidence file " + fileId + " fails its checksum");
		}
		return new EvidenceContent(stored.file(), stored.content());
	}

	public List<Ranking.Place> ranking(Campaign campaign, Actor actor) {
		return Ranking.rank(campaign, rows.nominationsOf(campaign.id())).stream().filter(p -> access.sees(p.nomination(), actor)).toList();
	}

	public List<TimelineEntry> nominationTimeline(long id) {
		return rows.timeline(Timeline.NOMINATION, id);
	}

	public List<TimelineEntry> campaignTimeline(long id) {
		return rows.timeline(Timeline.CAMPAIGN, id);
	}

	public List<Objection> objections(long campaignId, Actor actor) {
		return access.seesObjections(actor) ? rows.objectionsOf(campaignId) : List.of();
	}

	public List<Objection> allObjections(Actor actor) {
		return access.seesObjections(actor) ? rows.objections() : List.of();
	}

	public Objection objection(long id, Actor actor) {
		return rows.objection(id).filter(o -> access.seesObjections(actor)).orElseThrow(() -> new NotFoundException("objection", id));
	}

	public List<TimelineEntry> objectionTimeline(long id) {
		return rows.timeline(Timeline.OBJECTION, id);
	}

	/** The objections of a campaign as the public page shows them: words and answers, never a contact. */
	public List<Objection> publicObjections(long campaignId) {
		return rows.objectionsOf(campaignId).stream()
			.map(o -> new Objection(o.id(), o.campaignId(), o.nominationId(), o.collectiveName(), o.text(), null, null, o.status(), o.upheld(),
					o.answer(), null, o.filedAt(), o.resolvedAt(), o.version()))
			.toList();
	}

	public Optional<Objection> objectionByCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return rows.objections().stream().filter(o -> o.code().equalsIgnoreCase(code.strip())).findFirst();
	}

	public List<Honour> honours() {
		return rows.honours("");
	}

	public List<Honour> honoursOfUnit(long unitId) {
		return rows.honours("unit_id = ?", unitId);
	}

	public List<Honour> honoursOfEnterprise(long enterpriseId) {
		return rows.honours("enterprise_id = ?", enterpriseId);
	}

	public Honour honour(long id) {
		return rows.honour(id).orElseThrow(() -> new NotFoundException("honour", id));
	}

	public Optional<Honour> honourOfNomination(long nominationId) {
		return rows.honourOfNomination(nominationId);
	}

	public List<TimelineEntry> honourTimeline(long id) {
		return rows.timeline(Timeline.HONOUR, id);
	}

	public java.util.Set<ObjectionLifecycle.Step> objectionActions(Objection objection, Actor actor) {
		return access.seesObjections(actor) ? ObjectionLifecycle.actions(objection.status(), java.util.EnumSet.of(ObjectionLifecycle.Side.OFFICE))
				: java.util.Set.of();
	}

	public java.util.Set<HonourLifecycle.Step> honourActions(Honour honour, Actor actor) {
		return access.manages(actor) ? HonourLifecycle.actions(honour.status(), java.util.EnumSet.of(HonourLifecycle.Side.OFFICE)) : java.util.Set.of();
	}

	public boolean automaticallyRecused(Nomination nomination, Actor actor) {
		return access.automaticallyRecused(nomination, actor);
	}
}
