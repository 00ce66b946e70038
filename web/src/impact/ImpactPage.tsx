/** Placeholder: being built. */
export default function ImpactPage() {
  return <h1>ImpactPage</h1>;
}
