import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applicabilityResolvers } from '../applicability/resolvers.js';
import { auditResolvers } from '../audit/resolvers.js';
import { authResolvers } from '../auth/resolvers.js';
import { classificationResolvers } from '../classification/resolvers.js';
import { commonResolvers } from '../common/resolvers.js';
import { controlResolvers } from '../controls/resolvers.js';
import { crosswalkResolvers } from '../crosswalk/resolvers.js';
import { evidenceResolvers } from '../evidence/resolvers.js';
import { frameworkResolvers } from '../frameworks/resolvers.js';
import { gapResolvers } from '../gaps/resolvers.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { impactResolvers } from '../impact/resolvers.js';
import { inventoryResolvers } from '../inventory/resolvers.js';
import { obligationResolvers } from '../obligations/resolvers.js';
import { ownerResolvers } from '../owners/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { subgraphResolvers } from '../subgraph/resolvers.js';
import { systemResolvers } from '../system/resolvers.js';

const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The SDL of every domain folder (server/src/<domain>/*.graphql), in a stable order. */
export async function loadTypeDefs(): Promise<string[]> {
  const files = (await readdir(sourceDir, { recursive: true })).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(files.map((file) => readFile(path.join(sourceDir, file), 'utf8')));
}

export const resolvers: Resolvers[] = [
  commonResolvers,
  frameworkResolvers,
  obligationResolvers,
  inventoryResolvers,
  controlResolvers,
  crosswalkResolvers,
  evidenceResolvers,
  ownerResolvers,
  systemResolvers,
  searchResolvers,
  applicabilityResolvers,
  classificationResolvers,
  gapResolvers,
  impactResolvers,
  subgraphResolvers,
  authResolvers,
  auditResolvers,
];
