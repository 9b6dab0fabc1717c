// 协办单位 by reference: which units may be named to handle a dispute together. A co-handler is a member unit of
// the center (the registry's MemberUnit) or a body a department published (DirectoryBody), of the dispute's county
// and active; a name typed in is no longer taken, so the case downstream knows exactly who sits at the table. The
// registry checks a dispatch's co-handlers with it, mediation a unit added to a case.

export interface CoHandlerCandidate {
  id: string;
  name: string;
  /** GB/T 2260 code of the unit's county, or of the area a published body serves (within a county). */
  regionCode: string;
  status: "ACTIVE" | "SUSPENDED" | "RETIRED";
}

export type CoHandlerProblem = "UNKNOWN" | "NOT_IN_COUNTY" | "NOT_ACTIVE" | "DUPLICATE";

const MESSAGES: Record<CoHandlerProblem, (id: string, name: string) => { zh: string; en: string }> = {
  UNKNOWN: (id) => ({ zh: `没有编号为${id}的协办单位`, en: `No member unit or published body has the id ${id}` }),
  NOT_IN_COUNTY: (_, name) => ({
    zh: `${name}不属于本纠纷所在县区，不能协办`,
    en: `${name} belongs to another county than the dispute's`,
  }),
  NOT_ACTIVE: (_, name) => ({
    zh: `${name}已暂停或撤销，不能协办新的纠纷`,
    en: `${name} is suspended or retired and takes no new disputes`,
  }),
  DUPLICATE: (_, name) => ({ zh: `${name}重复填写`, en: `${name} is named twice` }),
};

export interface CoHandlerCheck {
  units: { id: string; name: string }[];
  problems: { index: number; reason: CoHandlerProblem; messageZh: string; messageEn: string }[];
}

/** Each id resolved against the candidates, or a problem naming why it may not co-handle a dispute of `county`. */
export function checkCoHandlers(
  ids: readonly string[],
  candidates: readonly CoHandlerCandidate[],
  county: string,
): CoHandlerCheck {
  const check: CoHandlerCheck = { units: [], problems: [] };
  ids.forEach((id, index) => {
    const unit = candidates.find((c) => c.id === id);
    const reason: CoHandlerProblem | null = !unit
      ? "UNKNOWN"
      : !unit.regionCode.startsWith(county)
        ? "NOT_IN_COUNTY"
        : unit.status !== "ACTIVE"
          ? "NOT_ACTIVE"
          : check.units.some((u) => u.id === id)
            ? "DUPLICATE"
            : null;
    if (reason === null) {
      check.units.push({ id: unit!.id, name: unit!.name });
      return;
    }
    const message = MESSAGES[reason](id, unit?.name ?? id);
    check.problems.push({ index, reason, messageZh: message.zh, messageEn: message.en });
  });
  return check;
}

export type MemberUnitStatus = CoHandlerCandidate["status"];

/**
 * A member unit's lifecycle (入驻 → 暂停 ⇄ 入驻 → 撤销): a suspended unit comes back, a retired one does not, and a
 * step to the status it already has is refused, so the commander learns that nothing changed.
 */
export function memberUnitStep(
  from: MemberUnitStatus,
  to: MemberUnitStatus,
): { ok: true; status: MemberUnitStatus } | { ok: false; reason: string; messageEn: string; messageZh: string } {
  if (from === "RETIRED")
    return {
      ok: false,
      reason: "RETIRED",
      messageEn: "A retired member unit does not come back: add it again",
      messageZh: "已撤销的入驻部门不能恢复，请重新添加",
    };
  if (from === to)
    return {
      ok: false,
      reason: "SAME_STATUS",
      messageEn: "The member unit already has this status",
      messageZh: "该入驻部门已是此状态",
    };
  return { ok: true, status: to };
}
