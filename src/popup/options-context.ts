// The options, read once when the popup opens, available to every component.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { defaults, type Options } from '../core/options';

export const OptionsContext = createContext<Options>(defaults);

export function useOptions(): Options {
  return useContext(OptionsContext);
}
