package org.luoshi.enterprise.internal;

import java.util.List;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enterprises in every town and subdistrict of the district, four each, for a trial run. Two are named in the news the
 * seed page reports (区政协 visiting member enterprises: 朝光通信, 中泰纸品); everything else about them — and the other
 * enterprises altogether — is invented and says so in its note. Twelve are CPPCC members' enterprises, the
 * committee's visit of the news. Credit codes are computed: registered in 蓬江区 (440703), a subject code of the new
 * form (MA…) with its GB 11714 check character, and the code's own check character.
 */
@Component
class EnterpriseDemoData implements DemoDataLoader {

	static final String NEWS = "演示数据：企业名称取自区政协走访委员企业的新闻报道，信用代码、地址、联系人等其余信息均为虚构。";
	static final String INVENTED = "演示数据：虚构企业。";

	private final EnterpriseService registry;
	private final JdbcClient jdbc;

	EnterpriseDemoData(EnterpriseService registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 30;
	}

	private record Demo(String town, String type, String name, String legal, String address, String park, String industry, String scale,
			List<String> tags, String member, String note, String contact, String phone, String email) {
	}

	private static final List<Demo> ENTERPRISES = List.of(
			demo("440703002", "江门市白沙侨联贸易有限公司", "司徒国强", "江门市蓬江区白沙街道港口路88号", null, "F", "SMALL",
					List.of("OVERSEAS_CHINESE_FUNDED", "CPPCC_MEMBER"), "司徒志文", "司徒丽萍", "13902261001"),
			demo("440703002", "江门市蓬江区白沙文化传媒有限公司", "林晓东", "江门市蓬江区白沙街道建设路12号", null, "R", "MICRO", List.of(), null,
					"林晓东", "13902261002"),
			demo("440703002", "江门市白沙健康食品有限公司", "甄伟明", "江门市蓬江区白沙街道胜利路35号", null, "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_HEALTH_FOOD", "CPPCC_MEMBER"), "甄伟明", "黄秀英", "13902261003"),
			demo("440703002", "江门市白沙物业服务有限公司", "何志华", "江门市蓬江区白沙街道丰雅路6号", null, "K", "SMALL", List.of(), null,
					"何志华", "13902261004"),
			demo("440703005", "江门市潮连精密五金制品有限公司", "区永康", "江门市蓬江区潮连街道富冈路18号", null, "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_HIGH_END_EQUIPMENT", "CPPCC_MEMBER"), "区永康", "区嘉欣", "13902261005"),
			demo("440703005", "江门市潮连游艇制造有限公司", "卢俊杰", "江门市蓬江区潮连街道卢边村工业区2号", null, "C", "SMALL",
					List.of("SPECIALIZED_INNOVATIVE", "CLUSTER_HIGH_END_EQUIPMENT"), null, "卢俊杰", "13902261006"),
			demo("440703005", "江门市潮连农业发展有限公司", "陈丽芬", "江门市蓬江区潮连街道坦边村9号", null, "A", "MICRO", List.of(), null,
					"陈丽芬", "13902261007"),
			demo("440703005", "江门市潮连物流有限公司", "钟文辉", "江门市蓬江区潮连街道芝山路66号", null, "G", "SMALL", List.of(), null, "钟文辉",
					"13902261008"),
			demo("440703006", "江门市环市电子科技有限公司", "梁国栋", "江门市蓬江区环市街道龙湾路8号", null, "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_ELECTRONICS", "CPPCC_MEMBER"), "梁国栋", "梁小敏", "13902261009"),
			demo("440703006", "江门市环市软件开发有限公司", "吴思远", "江门市蓬江区环市街道江门万达广场写字楼1座", null, "I", "SMALL",
					List.of("SPECIALIZED_INNOVATIVE"), null, "吴思远", "13902261010"),
			demo("440703006", "江门市环市餐饮管理有限公司", "黄美玲", "江门市蓬江区环市街道环市一路20号", null, "H", "MICRO", List.of(), null,
					"黄美玲", "13902261011"),
			demo("440703006", "江门市环市建筑工程有限公司", "谭志坚", "江门市蓬江区环市街道白石大道100号", null, "E", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE"), null, "谭志坚", "13902261012"),
			new Demo("440703101", "91", "朝光通信有限公司", "陈志光", "江门市蓬江区棠下镇金桐路21号", "棠下产业园", "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_ELECTRONICS", "CPPCC_MEMBER"), "陈志光", NEWS, "陈慧敏", "13902261013",
					"office@example.com"),
			demo("440703101", "江门市棠下智能家电有限公司", "李国华", "江门市蓬江区棠下镇堡棠路3号", "棠下产业园", "C", "LARGE",
					List.of("OVERSEAS_CHINESE_FUNDED", "ABOVE_DESIGNATED_SIZE", "CLUSTER_SMART_APPLIANCES", "CPPCC_MEMBER"), "李国华", "李婉婷",
					"13902261014"),
			demo("440703101", "江门市棠下摩托车配件有限公司", "冯永强", "江门市蓬江区棠下镇桐井工业区5号", "棠下产业园", "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_MOTORCYCLES", "CPPCC_MEMBER"), "冯永强", "冯小燕", "13902261015"),
			demo("440703101", "江门市棠下激光科技有限公司", "周建明", "江门市蓬江区棠下镇新昌工业区11号", "棠下产业园", "C", "SMALL",
					List.of("SPECIALIZED_INNOVATIVE", "CLUSTER_HIGH_END_EQUIPMENT"), null, "周建明", "13902261016"),
			demo("440703102", "江门市荷塘纺织服装有限公司", "容国樑", "江门市蓬江区荷塘镇康溪工业区7号", "荷塘康溪产业园", "C", "MEDIUM",
					List.of("OVERSEAS_CHINESE_FUNDED", "ABOVE_DESIGNATED_SIZE", "CPPCC_MEMBER"), "容国樑", "容秀娟", "13902261017"),
			demo("440703102", "江门市荷塘康溪食品有限公司", "李惠芳", "江门市蓬江区荷塘镇康溪路15号", "荷塘康溪产业园", "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CLUSTER_HEALTH_FOOD", "CPPCC_MEMBER"), "李惠芳", "何俊宏", "13902261018"),
			demo("440703102", "江门市荷塘电子元件有限公司", "余文辉", "江门市蓬江区荷塘镇三丫工业区4号", "荷塘康溪产业园", "C", "SMALL",
					List.of("CLUSTER_ELECTRONICS"), null, "余文辉", "13902261019"),
			demo("440703102", "江门市荷塘农产品批发有限公司", "廖志勇", "江门市蓬江区荷塘镇禾冈市场1号", null, "F", "MICRO", List.of(), null,
					"廖志勇", "13902261020"),
			new Demo("440703103", "91", "中泰纸品有限公司", "黄泰安", "江门市蓬江区杜阮镇井根工业区12号", "大型产业集聚区蓬江片区", "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "CPPCC_MEMBER"), "黄泰安", NEWS, "黄少芬", "13902261021", "office@example.cn"),
			new Demo("440703103", "93", "江门市蓬江区杜阮凉瓜种植专业合作社", "叶伟强", "江门市蓬江区杜阮镇杜阮村凉瓜基地", null, "A", "MICRO",
					List.of(), null, INVENTED, "叶伟强", "13902261022", null),
			demo("440703103", "江门市杜阮智能装备有限公司", "钟惠明", "江门市蓬江区杜阮镇龙榜工业区8号", "大型产业集聚区蓬江片区", "C", "MEDIUM",
					List.of("ABOVE_DESIGNATED_SIZE", "SPECIALIZED_INNOVATIVE", "CLUSTER_HIGH_END_EQUIPMENT", "CPPCC_MEMBER"), "钟惠明", "钟嘉怡",
					"13902261023"),
			demo("440703103", "江门市杜阮家电配件有限公司", "谢振华", "江门市蓬江区杜阮镇北芦工业区3号", null, "C", "SMALL",
					List.of("CLUSTER_SMART_APPLIANCES", "CPPCC_MEMBER"), "谢振华", "谢振华", "13902261024"));

	/** An invented enterprise (note says so) with one contact. */
	private static Demo demo(String town, String name, String legal, String address, String park, String industry, String scale,
			List<String> tags, String member, String contact, String phone) {
		return new Demo(town, "91", name, legal, address, park, industry, scale, tags, member, INVENTED, contact, phone, null);
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() > 0) {
			return;
		}
		int serial = 0;
		for (Demo demo : ENTERPRISES) {
			registry.register(new EnterpriseInput(code(demo.type(), ++serial).value(), demo.name(), demo.legal(), demo.address(),
					demo.town(), demo.park(), demo.industry(), demo.scale(), demo.tags(), demo.member(), demo.note(),
					List.of(new ContactInput(demo.contact(), demo.contact().equals(demo.legal()) ? "法定代表人" : "办公室主任", demo.phone(),
							demo.email()))),
					EnterpriseAccess.SYSTEM);
		}
		// The construction branch whose head office the 2023 青年文明号 honoured (the awards demo nominates it by this code,
		// so the honour shows on its 360° page). Name from the published results; code, address and contact invented.
		registry.register(new EnterpriseInput(AWARDED_BUILDERS_CODE.value(), "中建四局第一建设有限公司基础设施分公司", "演示法人",
				"江门市蓬江区环市街道（演示地址）", "440703006", null, "E", "MEDIUM", List.of(), null, INVENTED_CODE,
				List.of(new ContactInput("演示联系人", "办公室主任", "13902261099", null))), EnterpriseAccess.SYSTEM);
	}

	/**
	 * The construction branch's demo credit code: invented (subject MA570390, outside the serial codes), with its GB 11714
	 * subject check character and GB 32100 check character computed, so it reads as well formed.
	 */
	static final CreditCode AWARDED_BUILDERS_CODE = CreditCode.of("91" + "440703" + "MA570390" + CreditCode.subjectCheckCharacter("MA570390"));

	static final String INVENTED_CODE = "演示数据：企业名称取自公开的评选结果，信用代码、地址和联系人均为虚构。";

	/** A code registered in 蓬江区 with a subject code MA5xxxxx plus its GB 11714 check character. */
	static CreditCode code(String type, int serial) {
		String subject = "MA5" + String.format("%05d", 70300 + serial);
		return CreditCode.of(type + "440703" + subject + CreditCode.subjectCheckCharacter(subject));
	}
}
