import { Disclosure } from '@/components/shared/Disclosure';
import type { ContentPack } from '@/utils/content-pack/schema';

/** The leaflet's advantages: titles visible, each opens to its text. */
export function Advantages({ pack }: { pack: ContentPack }) {
  return (
    <section class="pp-section" aria-labelledby="pp-adv-title">
      <h2 id="pp-adv-title" class="pp-section__title">
        Преимущества Карты жителя
      </h2>
      <ul class="pp-advantages">
        {pack.advantages.map((advantage) => (
          <li key={advantage.title} data-advantage="">
            <Disclosure summary={advantage.title}>
              <p>{advantage.text}</p>
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
