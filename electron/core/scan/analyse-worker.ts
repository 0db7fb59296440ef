import { analysePhoto, type AnalyseTask } from './analyse-photo.js';
import type { AnalysisOutcome } from '../db/photos.js';

// Piscina's entry point: one module per worker thread, one call per photo.
export default function analyse(task: AnalyseTask): Promise<AnalysisOutcome> {
  return analysePhoto(task);
}
