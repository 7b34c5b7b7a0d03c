from fmt.render import render
