import type { JurisdictionLevel } from '../jurisdictions/levels.js';
import { caseLevelRank, type CaseLevel } from './vocabulary.js';

const REGULATION = '信访工作条例 (2022) 第二十条';

/** A jurisdiction's level as a rung of the petition ladder (the ladder adds 京 above the province). */
export const caseLevelOf = (level: JurisdictionLevel): CaseLevel => level;

/**
 * The level of the body competent to handle a matter (依法有权处理的机关) about a place of this level.
 * A village (行政村 / 社区) has no organ of the state: its committee governs itself and the township
 * government guides its elections (村民委员会组织法 第五条, 第四条), so a village matter is the
 * township's. Every other place's matter is its own level's.
 */
export function competentLevelFor(subjectLevel: CaseLevel): CaseLevel {
  return subjectLevel === 'VILLAGE' ? 'TOWNSHIP' : subjectLevel;
}

/**
 * 越级: a matter brought above the competent body and the level above it ("到依法有权处理的本级或者上一级
 * 机关…提出", 第二十条). A village matter at the township or the county is not 越级; at the city it is.
 */
export function isCrossLevel(receivingLevel: CaseLevel, competentLevel: CaseLevel): boolean {
  return caseLevelRank(receivingLevel) > caseLevelRank(competentLevel) + 1;
}

export const CROSS_LEVEL_CITATION = REGULATION;
