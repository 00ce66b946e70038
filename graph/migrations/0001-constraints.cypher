// Every id is unique within its label; the loader and the API look nodes up by id.
CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (n:Framework) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT obligation_id IF NOT EXISTS FOR (n:Obligation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legislative_note_id IF NOT EXISTS FOR (n:LegislativeNote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT owner_id IF NOT EXISTS FOR (n:Owner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vendor_id IF NOT EXISTS FOR (n:Vendor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ai_system_id IF NOT EXISTS FOR (n:AISystem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT control_id IF NOT EXISTS FOR (n:Control) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_load_id IF NOT EXISTS FOR (n:DataLoad) REQUIRE n.id IS UNIQUE;
// Crosswalk mappings are relationships with an id of their own.
CREATE CONSTRAINT maps_to_id IF NOT EXISTS FOR ()-[r:MAPS_TO]-() REQUIRE r.id IS UNIQUE;
