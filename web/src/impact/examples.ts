/**
 * One-click starting points from the demo organisation (graph/data/demo): the vendor whose GPAI model
 * reaches three high-risk systems, the in-house fine-tune built on it, and the control that matters
 * when that vendor changes its model.
 */
export const IMPACT_EXAMPLES: readonly { id: string; label: string; why: string }[] = [
  { id: 'vendor:halvard-ai', label: 'Halvard AI SAS', why: 'vendor behind several high-risk systems' },
  { id: 'model:veldmark-docreader', label: 'Veldmark DocReader', why: 'in-house model fine-tuned from a vendor model' },
  { id: 'control:SUP-02', label: 'SUP-02 Vendor model change notification', why: 'control' },
];
