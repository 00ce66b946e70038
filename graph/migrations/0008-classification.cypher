// Issue 10: saved classification assessments, (:AISystem)-[:CLASSIFIED_BY]->(:ClassificationAssessment).
// Ids are "assessment:<uuid>"; a system's history is read newest first by assessedAt.
CREATE CONSTRAINT classification_assessment_id_unique IF NOT EXISTS FOR (n:ClassificationAssessment) REQUIRE n.id IS UNIQUE;
CREATE INDEX classification_assessment_assessed_at IF NOT EXISTS FOR (n:ClassificationAssessment) ON (n.assessedAt);
