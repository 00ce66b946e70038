// The records the scale generator writes: the model's own record types (graph/model.ts NodeRecord and
// RelationshipRecord, derived from NODE_SPECS and RELATIONSHIP_SPECS), so a property the model adds,
// drops or retypes reaches the generator without a list here to keep in step. The loader still checks
// every record against NODE_SCHEMAS at run time (buildGeneratedDataFile).
import type { NodeRecord as ModelRecord, RelationshipRecord } from '../../src/graph/model.js';
import type { WritableLabel } from '../../src/common/validation.js';

/** The generator makes the organisation's side: every writable label, and the relationships among them and to the reference. */
type GeneratedType = 'MEMBER_OF' | 'OWNS' | 'SUPPLIED_BY' | 'FINE_TUNED_FROM' | 'USES_MODEL' | 'GOVERNS' | 'SUPPORTS' | 'SATISFIES';

export type NodeRecord<Label extends WritableLabel> = ModelRecord<Label>;
/** Any generated node, narrowed by its `label`. */
export type GeneratedNode = { [Label in WritableLabel]: ModelRecord<Label> }[WritableLabel];
/** Any generated relationship, narrowed by its `type`. */
export type GeneratedRelationship = { [Type in GeneratedType]: RelationshipRecord<Type> }[GeneratedType];

// The value types the vocabulary weighs, as the model's properties take them.
type AISystem = ModelRecord<'AISystem'>;
export type Role = AISystem['roles'][number];
export type SystemRiskClass = AISystem['riskClass'];
export type AnnexIIIArea = NonNullable<AISystem['annexIIIArea']>;
export type TransparencyTrigger = NonNullable<AISystem['transparencyTriggers']>[number];
export type LifecycleStage = AISystem['lifecycleStage'];
export type ModelType = ModelRecord<'Model'>['modelType'];
export type VendorRiskTier = NonNullable<ModelRecord<'Vendor'>['riskTier']>;
export type ImplementationStatus = NonNullable<ModelRecord<'Control'>['implementationStatus']>;
