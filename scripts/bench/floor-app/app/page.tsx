export default function FloorPage() {
  return (
    <main>
      <h1>Internet Computer Protocol</h1>
      <p>
        The network protocol that combines independently operated node machines into a single sovereign cloud: tamperproof,
        unstoppable and self-governing.
      </p>
    </main>
  );
}
