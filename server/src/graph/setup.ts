import type { Driver } from 'neo4j-driver';
import { paths } from '../config.js';
import { loadData, type LoadReport } from './load.js';
import { migrate } from './migrations.js';

/** Migrations, then the data files: what every start, seed and test run does to a graph, with progress. */
export async function setUpGraph(
  driver: Driver,
  options: { database: string; today?: Date; force?: boolean; log?: (line: string) => void },
): Promise<LoadReport[]> {
  const log = options.log ?? (() => undefined);
  await migrate(driver, paths.migrations, {
    database: options.database,
    onProgress: (report) => log(`migration ${report.id}: ${report.status}`),
  });
  return loadData(driver, {
    dataDir: paths.data,
    database: options.database,
    ...(options.today ? { today: options.today } : {}),
    ...(options.force ? { force: true } : {}),
    onProgress: (report) => log(`data ${report.file}: ${report.status} (${report.nodes} nodes, ${report.relationships} relationships)`),
  });
}
