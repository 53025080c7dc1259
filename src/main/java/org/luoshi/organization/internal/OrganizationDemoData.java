package org.luoshi.organization.internal;

import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitSummary;
import org.luoshi.organization.UnitType;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pengjiang District as a trial run shows it: the real towns and subdistricts with their division codes,
 * the district bodies that a year's conference deploys work to, a few offices and staff. Names of people
 * are invented.
 */
@Component
class OrganizationDemoData implements DemoDataLoader {

	private final OrganizationService organization;
	private final JdbcClient jdbc;

	OrganizationDemoData(OrganizationService organization, JdbcClient jdbc) {
		this.organization = organization;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single() > 0) {
			return;
		}
		UnitSummary district = unit(null, "江门市蓬江区", "蓬江区", UnitType.DISTRICT, "440703", 0);
		int order = 10;
		UnitSummary partyOffice = unit(district, "中共江门市蓬江区委员会办公室", "区委办公室", UnitType.DEPARTMENT, null, order++);
		UnitSummary govOffice = unit(district, "江门市蓬江区人民政府办公室", "区政府办公室", UnitType.DEPARTMENT, null, order++);
		UnitSummary supervisionOffice = unit(govOffice, "区政府督查室", "督查室", UnitType.OFFICE, null, 1);
		unit(partyOffice, "区委督查室", "区委督查室", UnitType.OFFICE, null, 1);
		UnitSummary development = unit(district, "江门市蓬江区发展和改革局", "区发改局", UnitType.DEPARTMENT, null, order++);
		UnitSummary justice = unit(district, "江门市蓬江区司法局", "区司法局", UnitType.DEPARTMENT, null, order++);
		UnitSummary legalServiceSection = unit(justice, "公共法律服务管理科", "公共法律服务科", UnitType.OFFICE, null, 1);
		unit(justice, "法治宣传科", "法治宣传科", UnitType.OFFICE, null, 2);
		UnitSummary cppcc = unit(district, "中国人民政治协商会议江门市蓬江区委员会", "区政协", UnitType.DEPARTMENT, null, order++);
		unit(cppcc, "区政协经济委员会", "经济委员会", UnitType.OFFICE, null, 1);
		UnitSummary court = unit(district, "江门市蓬江区人民法院", "区人民法院", UnitType.DEPARTMENT, null, order++);
		unit(court, "刑事审判庭", "刑事审判庭", UnitType.OFFICE, null, 1);
		UnitSummary industry = unit(district, "江门市蓬江区工业和信息化局", "区工信局", UnitType.DEPARTMENT, null, order++);
		UnitSummary statistics = unit(district, "江门市蓬江区统计局", "区统计局", UnitType.DEPARTMENT, null, order++);
		unit(district, "江门市蓬江区财政局", "区财政局", UnitType.DEPARTMENT, null, order++);
		unit(district, "江门市蓬江区住房和城乡建设局", "区住建局", UnitType.DEPARTMENT, null, order++);
		unit(district, "江门市蓬江区文化广电旅游体育局", "区文广旅体局", UnitType.DEPARTMENT, null, order++);
		UnitSummary youthLeague = unit(district, "共青团江门市蓬江区委员会", "团区委", UnitType.DEPARTMENT, null, order++);
		unit(district, "江门市蓬江区工商业联合会", "区工商联", UnitType.DEPARTMENT, null, order++);

		order = 100;
		unit(district, "白沙街道办事处", "白沙街道", UnitType.SUBDISTRICT, "440703002", order++);
		unit(district, "潮连街道办事处", "潮连街道", UnitType.SUBDISTRICT, "440703005", order++);
		unit(district, "环市街道办事处", "环市街道", UnitType.SUBDISTRICT, "440703006", order++);
		UnitSummary tangxia = unit(district, "江门市蓬江区棠下镇人民政府", "棠下镇", UnitType.TOWN, "440703101", order++);
		UnitSummary hetang = unit(district, "江门市蓬江区荷塘镇人民政府", "荷塘镇", UnitType.TOWN, "440703102", order++);
		UnitSummary duruan = unit(district, "江门市蓬江区杜阮镇人民政府", "杜阮镇", UnitType.TOWN, "440703103", order++);
		UnitSummary tangxiaEconomy = unit(tangxia, "棠下镇经济发展办公室", "经济发展办", UnitType.OFFICE, null, 1);
		unit(hetang, "荷塘镇经济发展办公室", "经济发展办", UnitType.OFFICE, null, 1);
		unit(duruan, "杜阮镇经济发展办公室", "经济发展办", UnitType.OFFICE, null, 1);

		staff(govOffice, "陈志远", "副主任", "13802260101");
		staff(supervisionOffice, "林晓燕", "督查专员", "13802260102");
		staff(district, "黄国栋", "区领导", "13802260103");
		staff(tangxia, "梁家豪", "镇办公室主任", "13802260104");
		staff(tangxiaEconomy, "吴敏仪", "办事员", "13802260105");
		staff(justice, "谢文博", "科长", "13802260106");
		// The awards: the Youth League committee's clerk who runs 青年文明号, and a reviewer from the court.
		staff(youthLeague, "周晓琳", "组织部干事", "13802260131");
		staff(court, "冯志强", "审判员", "13802260132");
		staff(legalServiceSection, "冯嘉欣", "科员", "13802260107");
		staff(development, "何俊杰", "副局长", "0750-3201234");
		staff(industry, "周雅婷", "科员", "13802260109");
		staff(statistics, "罗志明", "统计员", "13802260110");
		staff(partyOffice, "郑丽华", "审计专员", "13802260111");
		staff(cppcc, "邓慧玲", "提案委员会办公室主任", "13802260112");
	}

	private UnitSummary unit(UnitSummary parent, String name, String shortName, UnitType type, String code, int order) {
		return organization.createUnit(new CreateUnit(parent == null ? null : parent.id(), name, shortName, type, code, order));
	}

	private void staff(UnitSummary unit, String name, String position, String phone) {
		organization.createStaff(new CreateStaff(unit.id(), name, position, phone, null));
	}
}
