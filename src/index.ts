/**
 * knowledge-security-maturity: assess the maturity of knowledge-security policy at research
 * institutions against versioned capability maturity models.
 *
 * Every export is pure: no I/O, no clock, no randomness; inputs are never mutated and results are
 * deep-frozen.
 *
 * @packageDocumentation
 */

export { type Answer, type Assessment, AssessmentSchema } from "./assessment/assessmentSchema.js";
export { removeAnswer, setAnswer, setRiskProfile } from "./assessment/builders.js";
export { parseAssessment } from "./assessment/parseAssessment.js";
export { type CompareOptions, compareResults } from "./compare/compareResults.js";
export type {
  ChangeStatus,
  Comparison,
  ComparisonOverall,
  DomainChange,
  IndicatorChange,
  RowMapping,
  Side,
} from "./compare/types.js";
export { KsmError, type KsmErrorCode } from "./errors.js";
export { type FormatIssuesOptions, formatIssues, formatPath } from "./issues/formatIssues.js";
export {
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssueParams,
  type IssuePath,
  type ParseResult,
} from "./issues/issue.js";
export type { Lang } from "./issues/messages.js";
export { type Crosswalk, type CrosswalkMapping, CrosswalkSchema } from "./model/crosswalkSchema.js";
export {
  type AnswerScale,
  type Domain,
  type Indicator,
  type Level,
  type LevelRule,
  type Model,
  ModelSchema,
  type Practice,
  type Source,
  type Tag,
  type TargetRule,
} from "./model/modelSchema.js";
export { parseCrosswalk } from "./model/parseCrosswalk.js";
export { parseModel } from "./model/parseModel.js";
export type { ModelRef, Text } from "./model/primitives.js";
export type { RiskFactor, RiskProfileSpec, Tier, TierRule } from "./model/riskProfileSchema.js";
export { type CsvOptions, renderCsv } from "./render/csv/renderCsv.js";
export { type RenderInput, renderMarkdown } from "./render/markdown/renderMarkdown.js";
export type { RenderOptions } from "./render/options.js";
export { type HeatmapOptions, renderHeatmapSvg } from "./render/svg/renderHeatmapSvg.js";
export { renderRadarSvg } from "./render/svg/renderRadarSvg.js";
export { deriveRiskTier } from "./scoring/deriveRiskTier.js";
export type {
  DomainResult,
  IndicatorResult,
  IndicatorStatus,
  OverallResult,
  Result,
  TargetTrace,
  TierCondition,
  TierDerivation,
  Warning,
  WarningCode,
  WeightFactor,
  WeightTrace,
} from "./scoring/result.js";
export { type ScoreOptions, scoreAssessment } from "./scoring/scoreAssessment.js";
export { aggregateSector, type SectorOptions } from "./sector/aggregateSector.js";
export { compareSectors, type SectorCompareOptions } from "./sector/compareSectors.js";
export type { GroupBy } from "./sector/groups.js";
export type {
  ChangeCounts,
  ItemStats,
  PanelGroup,
  Quartiles,
  SectorComparison,
  SectorGroup,
  SectorView,
  Suppression,
} from "./sector/types.js";
export type { DeepReadonly } from "./util/deepFreeze.js";
