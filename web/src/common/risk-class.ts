import type { RiskClass } from '../gql/graphql.js';

/** A risk class in words, the same in every view. */
export const RISK_CLASS_LABEL: Record<RiskClass, string> = {
  PROHIBITED: 'Prohibited',
  HIGH_RISK: 'High-risk',
  TRANSPARENCY: 'Transparency',
  MINIMAL: 'Minimal risk',
  GPAI: 'GPAI model',
  GPAI_SYSTEMIC_RISK: 'GPAI model with systemic risk',
  ALL: 'All',
};

/** The article a class rests on, where it has one. */
const RISK_CLASS_ARTICLE: Partial<Record<RiskClass, string>> = {
  PROHIBITED: 'Art. 5',
  HIGH_RISK: 'Art. 6',
  TRANSPARENCY: 'Art. 50',
  GPAI: 'Art. 53',
  GPAI_SYSTEMIC_RISK: 'Art. 55',
};

/** A risk class with the article it rests on, where a classification shows its basis: "High-risk (Art. 6)". */
export function riskClassWithArticle(riskClass: RiskClass): string {
  const article = RISK_CLASS_ARTICLE[riskClass];
  return article ? `${RISK_CLASS_LABEL[riskClass]} (${article})` : RISK_CLASS_LABEL[riskClass];
}
