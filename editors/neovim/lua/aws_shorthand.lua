-- aws-shorthand's language server (`aws-shorthand lsp --stdio`) in Neovim, for shell scripts
-- calling the AWS CLI and for `.shorthand` files. One file for Neovim 0.7 (Debian's 0.7.2) to
-- 0.11+, each with its own way of starting a server:
--   0.11+   vim.lsp.config + vim.lsp.enable
--   0.8+    vim.lsp.start from a FileType autocommand (reuses a running client by name and root)
--   0.7     vim.lsp.start_client once per root, vim.lsp.buf_attach_client per buffer
--
--   require('aws_shorthand').setup({
--     cmd = { 'aws-shorthand', 'lsp', '--stdio' },  -- the default
--     data_paths = { '~/botocore/data' },            -- extra botocore data directories
--     dialect = 'v2',                                -- 'v1' (default) or 'v2'
--     upgrade = true,                                -- also report what changes on AWS CLI v2
--   })
local M = {}

M.defaults = {
  cmd = { 'aws-shorthand', 'lsp', '--stdio' },
  filetypes = { 'sh', 'bash', 'awsshorthand' },
  root_markers = { '.git' },
  -- Directories of botocore models, searched before AWS_DATA_PATH, ~/.aws/models and the bundled model.
  data_paths = {},
  -- The AWS CLI major version whose rules apply: 'v1' or 'v2'.
  dialect = 'v1',
  -- Whether the server also reports what changes when a script runs on AWS CLI v2.
  upgrade = false,
}

local NAME = 'aws-shorthand'

-- The server's command line: `cmd`, then `--data-path DIR` for each data path.
local function command(opts)
  local cmd = vim.deepcopy(opts.cmd)
  for _, path in ipairs(opts.data_paths) do
    table.insert(cmd, '--data-path')
    table.insert(cmd, vim.fn.expand(path))
  end
  return cmd
end

-- What every Neovim version is given: the command, the dialect in the environment and the
-- settings as initialization options (as the VS Code extension passes them; `upgrade` has no
-- command-line flag, so it travels only there).
local function client_config(opts)
  local data_paths = {}
  for _, path in ipairs(opts.data_paths) do
    table.insert(data_paths, vim.fn.expand(path))
  end
  return {
    name = NAME,
    cmd = command(opts),
    cmd_env = { AWS_SHORTHAND_DIALECT = opts.dialect },
    init_options = { dataPaths = data_paths, dialect = opts.dialect, upgrade = opts.upgrade },
  }
end

-- The directory above the buffer's file holding one of `markers`, else the file's directory
-- (vim.fs is 0.8+, so the search is finddir/findfile, which 0.7 has).
local function root_of(bufnr, markers)
  local file = vim.api.nvim_buf_get_name(bufnr)
  local dir = file == '' and vim.fn.getcwd() or vim.fn.fnamemodify(file, ':p:h')
  for _, marker in ipairs(markers) do
    local found = vim.fn.finddir(marker, dir .. ';')
    if found == '' then
      found = vim.fn.findfile(marker, dir .. ';')
    end
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h:h')
    end
  end
  return dir
end

-- Neovim 0.7: one client per root directory, attached to each buffer of the filetypes.
local clients_by_root = {}
local function attach_0_7(bufnr, opts)
  local root = root_of(bufnr, opts.root_markers)
  local id = clients_by_root[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    local config = client_config(opts)
    config.root_dir = root
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id ~= nil then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

--- Register the server for `opts.filetypes` (and the `awsshorthand` filetype of `*.shorthand`).
function M.setup(user)
  -- A shallow merge: every option is a scalar or a list, and a list given replaces the default
  -- one (vim.tbl_deep_extend would merge lists index by index).
  local opts = {}
  for key, value in pairs(M.defaults) do
    opts[key] = value
  end
  for key, value in pairs(user or {}) do
    opts[key] = value
  end
  if opts.dialect ~= 'v1' and opts.dialect ~= 'v2' then
    error("aws_shorthand: dialect must be 'v1' or 'v2', not " .. vim.inspect(opts.dialect))
  end
  if type(opts.upgrade) ~= 'boolean' then
    error('aws_shorthand: upgrade must be true or false, not ' .. vim.inspect(opts.upgrade))
  end

  local group = vim.api.nvim_create_augroup('aws_shorthand', { clear = true })
  vim.filetype.add({ extension = { shorthand = 'awsshorthand' } })
  if vim.fn.has('nvim-0.8') == 0 then
    -- 0.7 detects filetypes with filetype.vim unless g:do_filetype_lua is set: vim.filetype.add
    -- alone would not be consulted.
    vim.api.nvim_create_autocmd({ 'BufNewFile', 'BufRead' }, {
      group = group,
      pattern = '*.shorthand',
      command = 'setfiletype awsshorthand',
    })
  end

  if vim.fn.has('nvim-0.11') == 1 then
    local config = client_config(opts)
    config.name = nil
    config.filetypes = opts.filetypes
    config.root_markers = opts.root_markers
    vim.lsp.config('aws_shorthand', config)
    vim.lsp.enable('aws_shorthand')
    return
  end

  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      if vim.lsp.start ~= nil then
        local config = client_config(opts)
        config.root_dir = root_of(args.buf, opts.root_markers)
        vim.lsp.start(config, { bufnr = args.buf })
      else
        attach_0_7(args.buf, opts)
      end
    end,
  })
end

return M
