import { ruleViolation } from '../errors.js';

/**
 * Administrative levels, top to bottom (DOMAIN.md: 省 → 市 → 县/区 → 乡/镇/街道 → 行政村/社区).
 */
export const JURISDICTION_LEVELS = [
  /** 省 (自治区, 直辖市) */
  'PROVINCE',
  /** 市 (地级市, 州, 盟) */
  'CITY',
  /** 县 (区, 县级市, 旗) */
  'COUNTY',
  /** 乡 (镇, 街道) */
  'TOWNSHIP',
  /** 行政村 / 社区 */
  'VILLAGE',
] as const;

export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县(区)',
  TOWNSHIP: '乡(镇, 街道)',
  VILLAGE: '村(社区)',
};

export const levelRank = (level: JurisdictionLevel): number => JURISDICTION_LEVELS.indexOf(level);

/**
 * A child sits strictly below its parent. Levels may be skipped: 省直辖县 sit under a province,
 * and towns of a 不设区的市 (e.g. 东莞, 中山) sit directly under the city.
 */
export function assertChildLevel(parent: JurisdictionLevel, child: JurisdictionLevel): void {
  if (levelRank(child) <= levelRank(parent)) {
    throw ruleViolation(
      `A ${JURISDICTION_LEVEL_LABELS[child]} (${child}) cannot be placed under a ${JURISDICTION_LEVEL_LABELS[parent]} (${parent}): a child must be at a lower level than its parent`,
      { parentLevel: parent, childLevel: child, rule: 'child-level', values: { parentLevel: parent, childLevel: child } },
    );
  }
}
