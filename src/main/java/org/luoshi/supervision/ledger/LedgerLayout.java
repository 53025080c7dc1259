package org.luoshi.supervision.ledger;

import java.util.List;

import org.luoshi.supervision.Light;

/**
 * The two sheets in which supervision tasks travel between offices: the task breakdown table (任务分解表) that deploys
 * them and the ledger (台账) that follows them up. The Chinese words of both forms are kept here and nowhere else:
 * they are the forms' own words, the same whatever the reader's language.
 */
public enum LedgerLayout {

	/** 序号 | 任务内容 | 牵头单位 | 协办单位 | 完成时限 */
	BREAKDOWN("任务分解表", List.of(Column.NUMBER, Column.CONTENT, Column.LEAD_UNITS, Column.CO_UNITS, Column.DEADLINE)),

	/** 序号 | 任务内容 | 牵头单位 | 责任人 | 协办单位 | 完成时限 | 进展情况 | 状态 | 亮灯. */
	LEDGER("台账", List.of(Column.NUMBER, Column.CONTENT, Column.LEAD_UNITS, Column.RESPONSIBLE, Column.CO_UNITS, Column.DEADLINE,
			Column.PROGRESS, Column.STATUS, Column.LIGHT));

	/** Below the title: when the file was written and how many tasks it holds. */
	static final String SUBTITLE = "导出时间：%s\u3000共 %d 项";

	/** At the foot of each printed page: 第 1 页，共 3 页 (&P and &N are Excel's page number and page count). */
	static final String PAGE_FOOTER = "第 &P 页，共 &N 页";

	/**
	 * The heading of a goal's section (目标：2026年全力冲刺千亿GDP强区重点任务): the tasks below it, and the group headings
	 * among them, are that goal's, up to the next one. The reader takes a heading that starts so for a goal's section,
	 * not for a group.
	 */
	static final String GOAL_HEADING = "目标：";

	/** Between the Chinese ordinal of a group heading and its name: 一、主动融入大湾区建设. */
	static final String GROUP_ORDINAL_SEPARATOR = "、";

	/** Between the names of several units in one cell. */
	static final String UNIT_SEPARATOR = "、";

	/** The light as ledgers word it, in its own column. */
	static String lightWord(Light light) {
		return switch (light) {
			case GREEN -> "绿灯";
			case YELLOW -> "黄灯";
			case RED -> "红灯";
		};
	}

	private final String sheetName;
	private final List<Column> columns;

	LedgerLayout(String sheetName, List<Column> columns) {
		this.sheetName = sheetName;
		this.columns = columns;
	}

	String sheetName() {
		return sheetName;
	}

	List<Column> columns() {
		return columns;
	}

	/**
	 * A column of either form: the header the writer puts, the headers the reader takes for it (offices name the same
	 * column differently) and a width that fits its usual Chinese text (a CJK character is about two width units).
	 */
	enum Column {

		NUMBER("序号", 7, "序号"),
		CONTENT("任务内容", 50, "任务内容", "工作任务", "任务"),
		LEAD_UNITS("牵头单位", 20, "牵头单位", "牵头部门"),
		RESPONSIBLE("责任人", 10, "责任人"),
		// 协办单位 as the glossary has it; offices' own forms also head the column 配合单位 or 责任单位.
		CO_UNITS("协办单位", 26, "协办单位", "配合单位", "责任单位", "责任部门"),
		DEADLINE("完成时限", 13, "完成时限", "完成时间", "时限要求"),
		PROGRESS("进展情况", 40, "进展情况"),
		STATUS("状态", 10, "状态"),
		LIGHT("亮灯", 8, "亮灯", "灯色");

		private final String header;
		private final double width;
		private final List<String> headerVariants;

		Column(String header, double width, String... headerVariants) {
			this.header = header;
			this.width = width;
			this.headerVariants = List.of(headerVariants);
		}

		String header() {
			return header;
		}

		double width() {
			return width;
		}

		List<String> headerVariants() {
			return headerVariants;
		}
	}
}
