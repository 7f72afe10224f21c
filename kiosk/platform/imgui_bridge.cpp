#include "kiosk/platform/imgui_bridge.h"

#include <cfloat>

#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

namespace kiosk::platform {

ImGuiBridge::ImGuiBridge(SDL_Window* window, SDL_GLContext context) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini written on a read-only appliance
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would cost frames while idle
  ImGui_ImplSDL2_InitForOpenGL(window, context);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiBridge::~ImGuiBridge() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiBridge::processKeyboardEvent(const SDL_Event& event) { ImGui_ImplSDL2_ProcessEvent(&event); }

void ImGuiBridge::reloadFontTexture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void ImGuiBridge::newFrame(float dtSeconds, const input::PointerFrame& pointer, SDL_Point layoutSize,
                           SDL_Point drawableSize) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(layoutSize.x), static_cast<float>(layoutSize.y));
  if (layoutSize.x > 0 && layoutSize.y > 0) {
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(drawableSize.x) / static_cast<float>(layoutSize.x),
                                        static_cast<float>(drawableSize.y) / static_cast<float>(layoutSize.y));
  }
  io.DeltaTime = dtSeconds > 0 ? dtSeconds : 1.0f / 60.0f;
  io.MousePos = pointer.present ? ImVec2(pointer.pos.x, pointer.pos.y) : ImVec2(-FLT_MAX, -FLT_MAX);
  io.MouseDown[0] = pointer.down;
  ImGui::NewFrame();
}

void ImGuiBridge::render(SDL_Point drawableSize) {
  ImGui::Render();
  glViewport(0, 0, drawableSize.x, drawableSize.y);
  glClearColor(0.94f, 0.96f, 0.98f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace kiosk::platform
