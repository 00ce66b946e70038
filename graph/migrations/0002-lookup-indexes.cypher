// Filters the API and the analyses use most: by framework and kind, by risk class, by date.
CREATE INDEX provision_framework_kind IF NOT EXISTS FOR (n:Provision) ON (n.framework, n.kind);
CREATE INDEX provision_ref IF NOT EXISTS FOR (n:Provision) ON (n.ref);
CREATE INDEX obligation_risk_class IF NOT EXISTS FOR (n:Obligation) ON (n.riskClass);
CREATE INDEX obligation_applies_from IF NOT EXISTS FOR (n:Obligation) ON (n.appliesFrom);
CREATE INDEX milestone_date IF NOT EXISTS FOR (n:Milestone) ON (n.date);
CREATE INDEX ai_system_risk_class IF NOT EXISTS FOR (n:AISystem) ON (n.riskClass);
CREATE INDEX ai_system_lifecycle IF NOT EXISTS FOR (n:AISystem) ON (n.lifecycleStage);
CREATE INDEX evidence_valid_until IF NOT EXISTS FOR (n:Evidence) ON (n.validUntil);
CREATE INDEX control_code IF NOT EXISTS FOR (n:Control) ON (n.code);
CREATE INDEX owner_kind IF NOT EXISTS FOR (n:Owner) ON (n.kind);
CREATE INDEX maps_to_relationship IF NOT EXISTS FOR ()-[r:MAPS_TO]-() ON (r.relationship);
CREATE INDEX satisfies_relationship IF NOT EXISTS FOR ()-[r:SATISFIES]-() ON (r.relationship);
