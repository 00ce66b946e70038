/** Placeholder: being built. */
export default function CrosswalkPage() {
  return <h1>CrosswalkPage</h1>;
}
