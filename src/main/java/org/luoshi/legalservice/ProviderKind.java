package org.luoshi.legalservice;

/** What kind of legal service provider an organisation is. */
public enum ProviderKind {
	/** 律师事务所 */
	LAW_FIRM,
	/** 公证处 */
	NOTARY_OFFICE,
	/** 人民调解委员会 */
	MEDIATION_COMMITTEE,
	/** 法律援助中心 */
	LEGAL_AID_CENTRE,
	/** 司法鉴定机构 */
	APPRAISAL_INSTITUTION,
	/** 仲裁委员会 */
	ARBITRATION_COMMISSION
}
