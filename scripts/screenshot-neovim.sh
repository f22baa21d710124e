#!/usr/bin/env bash
# Take the README's screenshot of Neovim showing aws-shorthand's diagnostics
# (docs/images/neovim-diagnostics.png): Neovim runs the configuration of editors/neovim in a
# detached tmux session on a script with a mistyped key in --input-data-config, the screen is
# captured with its colours (tmux capture-pane -e), drawn as HTML (scripts/terminal-html.mjs)
# and photographed by headless Chromium. Needs nvim, tmux, chromium and a built package
# (npm run build); not part of CI.
#
#   scripts/screenshot-neovim.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-docs/images/neovim-diagnostics.png}
columns=132
rows=22

for tool in nvim tmux chromium node; do
  command -v "$tool" >/dev/null || { echo "screenshot-neovim: $tool is missing" >&2; exit 1; }
done
[ -f dist/cli/main.js ] || { echo "screenshot-neovim: run npm run build first" >&2; exit 1; }

work=$(mktemp -d)
session="aws-shorthand-shot-$$"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/bin" "$work/project/.git" "$work/home"
printf '#!/bin/sh\nexec node %q "$@"\n' "$root/dist/cli/main.js" >"$work/bin/aws-shorthand"
chmod +x "$work/bin/aws-shorthand"

cat >"$work/project/train.sh" <<'SCRIPT'
#!/bin/sh
# Train a churn model with SageMaker Autopilot.
aws sagemaker create-auto-ml-job \
  --auto-ml-job-name churn \
  --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://ml/in}},TargetAttribteName=churned' \
  --output-data-config S3OutputPath=s3://ml/out \
  --role-arn arn:aws:iam::123456789012:role/SageMaker
SCRIPT

cat >"$work/init.lua" <<LUA
vim.opt.runtimepath:prepend('$root/editors/neovim')
vim.opt.termguicolors = true
vim.opt.number = true
vim.opt.signcolumn = 'yes'
vim.opt.wrap = false
vim.opt.swapfile = false
vim.opt.laststatus = 2
vim.cmd('colorscheme desert')
-- desert predates floating windows and greys the unused rows: a quieter frame for the picture.
for _, group in ipairs({ 'NonText', 'EndOfBuffer', 'SignColumn', 'LineNr' }) do
  vim.cmd('highlight ' .. group .. ' guibg=NONE')
end
vim.cmd('highlight NormalFloat guifg=#e0e0e0 guibg=#262626')
vim.cmd('highlight FloatBorder guifg=#8a8a8a guibg=#262626')
require('aws_shorthand').setup({ dialect = 'v1' })

-- Once the diagnostics are in: the cursor on the mistyped key, its diagnostics in a float.
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    vim.schedule(function()
      local buf = vim.api.nvim_get_current_buf()
      vim.wait(30000, function() return #vim.diagnostic.get(buf) >= 2 end, 50)
      vim.fn.search('TargetAttribteName')
      -- No close events: the CursorMoved of the search would close the float at once.
      vim.diagnostic.open_float(nil, { scope = 'cursor', border = 'rounded', header = '', close_events = {},
        -- The message as the server sends it, its list of members on a line of its own.
        format = function(d) return (d.message:gsub(', must be one of: ', ',\\n  must be one of: ')) end })
      vim.defer_fn(function() vim.fn.writefile({ 'ready' }, '$work/ready') end, 300)
    end)
  end,
})
LUA

env -i PATH="$work/bin:$PATH" HOME="$work/home" TERM=xterm-256color LANG=C.UTF-8 \
  tmux -f /dev/null new-session -d -s "$session" -x "$columns" -y "$rows" -c "$work/project" \
  "nvim -n -i NONE -u $work/init.lua train.sh"
for _ in $(seq 1 300); do
  [ -f "$work/ready" ] && break
  sleep 0.1
done
[ -f "$work/ready" ] || { echo "screenshot-neovim: no diagnostics after 30 s" >&2; exit 1; }
tmux capture-pane -p -e -t "$session" >"$work/screen.ansi"

size=$(node scripts/terminal-html.mjs "$work/screen.ansi" "$columns" "$rows" 2>&1 >"$work/screen.html")
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="${size/x/,}" --screenshot="$root/$out" "file://$work/screen.html" 2>/dev/null
echo "$out ($size)"
