// Where saved classifications live in the graph: (:AISystem)-[:CLASSIFIED_BY]->(:ClassificationAssessment
// {id: 'assessment:<uuid>'}). One definition for the module that writes them (assessments.ts), the AI
// system's delete (its assessments go with it) and the export format; a leaf module, so the inventory
// can import it without a cycle through assessments.ts.
export const ASSESSMENT_LABEL = 'ClassificationAssessment';
export const CLASSIFIED_BY = 'CLASSIFIED_BY';
export const ASSESSMENT_ID_PREFIX = 'assessment:';
