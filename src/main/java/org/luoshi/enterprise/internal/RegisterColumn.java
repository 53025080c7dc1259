package org.luoshi.enterprise.internal;

import java.util.List;
import java.util.Optional;

import org.luoshi.shared.workbook.TableColumn;

/**
 * The columns of the registry's sheets: what an export writes (under the first header of each) and what an import
 * reads, under the headers that market-regulation (市场监管) registers and their exports use — 统一社会信用代码, 企业名称,
 * 法定代表人, 住所, 登记机关 … — or the export's own. Columns of the register that the registry does not keep (企业类型,
 * 注册资本, 成立日期, 登记状态, 经营范围 …) are passed over.
 */
enum RegisterColumn implements TableColumn {

	CREDIT_CODE(true, "统一社会信用代码", "社会信用代码", "信用代码", "统一代码"),
	NAME(true, "企业名称", "名称", "市场主体名称", "企业（机构）名称", "单位名称"),
	LEGAL_REPRESENTATIVE(true, "法定代表人", "法定代表人（负责人）", "法定代表人/负责人", "法定代表人/经营者", "法人代表", "负责人", "经营者"),
	ADDRESS(true, "住所", "住所/经营场所", "住所（经营场所）", "经营场所", "注册地址", "地址", "企业地址"),
	TOWN(true, "所属镇街", "所属镇（街）", "所属镇（街道）", "镇街", "镇（街道）", "所属街道", "乡镇街道"),
	DIVISION_CODE(true, "区划代码", "行政区划代码", "镇街区划代码"),
	/** The registering authority (江门市蓬江区市场监督管理局棠下分局): names the town where no other column does. */
	AUTHORITY(false, "登记机关", "登记管理机关", "管辖单位"),
	PARK(true, "产业园区", "所属园区", "园区"),
	INDUSTRY(true, "行业门类", "所属行业", "国民经济行业", "行业", "行业代码", "国民经济行业代码"),
	SCALE(true, "企业规模", "规模"),
	TAGS(true, "标签", "企业标签"),
	CPPCC_MEMBER(true, "政协委员"),
	CONTACT_NAME(true, "联系人", "联系人姓名"),
	CONTACT_PHONE(true, "联系电话", "联系人电话", "联系方式", "手机", "手机号码"),
	CONTACT_EMAIL(true, "电子邮箱", "联系邮箱", "邮箱"),
	NOTE(true, "备注");

	private final boolean exported;
	private final List<String> headers;

	RegisterColumn(boolean exported, String... headers) {
		this.exported = exported;
		this.headers = List.of(headers);
	}

	/** The header an export writes. */
	String header() {
		return headers.get(0);
	}

	boolean exported() {
		return exported;
	}

	/** The column a header names: spaces, full-width forms, case and a trailing * (required) do not matter. */
	static Optional<RegisterColumn> of(String header) {
		return TableColumn.named(RegisterColumn.class, header);
	}

	@Override
	public List<String> headers() {
		return headers;
	}
}
