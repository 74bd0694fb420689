/** `<sirene-area-editor>`: the element class, its event, and the DOM-free logic it delegates to. */
export { SireneAreaEditor } from './area-editor.js';
export { SireneAreaChangeEvent, type AreaChangeDetail } from './events.js';
export {
  AreaEditorController,
  TOOLS,
  describeArea,
  offsetMetres,
  shapeContains,
  stepMetres,
  type AreaEditorControllerOptions,
  type AreaTarget,
  type Announcement,
  type EditorState,
  type Outcome,
  type Step,
  type TargetMeasures,
  type Tool,
  type VertexRef,
} from './area-editor.controller.js';
export type { Geometry } from './geometry.js';
export {
  messages as areaEditorMessages,
  translations as areaEditorTranslations,
  type AreaEditorMessageKey,
} from './messages.js';
